// A graph past the large-graph threshold (over 20,000 edges), where the renderer changes strategy: a focus
// highlights a neighbourhood without dimming the rest, and window steps and focus changes redraw only
// what changed. What a user sees must still be right.
import { expect, test } from '@playwright/test';
import { FADED_NODE_SIZE } from '../src/graph/appearance.ts';
import { createDenseBundle } from './fixtures/fixture-bundles.ts';
import { getCounts, saveScreen, serveGraphs, waitForGraph } from './helpers.ts';

const bundle = createDenseBundle();
const neighbours = new Set(
  bundle.graph.edges.flatMap((edge) =>
    edge.source === 'd0' ? [edge.target] : edge.target === 'd0' ? [edge.source] : [],
  ),
);

test.beforeEach(async ({ page }) => {
  await serveGraphs(page, {
    'index.json': JSON.stringify({
      default: 'fixture-dense-1988',
      graphs: [
        {
          id: 'fixture-dense-1988',
          title: bundle.meta.title,
          file: 'fixture-dense-1988.json',
          dateRange: bundle.meta.dateRange,
          counts: {
            articles: bundle.articles.length,
            entities: bundle.graph.nodes.length,
            interactions: bundle.interactions.length,
          },
        },
      ],
    }),
    'fixture-dense-1988.json': JSON.stringify(bundle),
  });
  await page.goto('./');
  await waitForGraph(page);
});

test('over 20,000 edges: a selection highlights its neighbourhood and leaves the rest as it was', async ({
  page,
}) => {
  expect(bundle.graph.edges.length).toBeGreaterThan(20_000);
  const bystander = bundle.graph.nodes.find(
    (node) => node.key !== 'd0' && !neighbours.has(node.key) && node.attributes.type === 'person',
  )?.key as string;
  const before = await page.evaluate((node) => window.__entente?.getNodeDisplay(node), bystander);
  await page.evaluate(() => window.__entente?.selectNode('d0'));
  await expect(page.getByTestId('entity-panel')).toContainText('Country 0');
  await expect(page.getByTestId('entity-panel').getByTestId('interaction').first()).toContainText('met');
  // The selected node is drawn larger than the bystander and keeps its colour; the bystander is unchanged.
  const after = await page.evaluate((node) => window.__entente?.getNodeDisplay(node), bystander);
  expect(after?.color).toBe(before?.color);
  expect(after?.hidden).toBe(false);
  const neighbour = [...neighbours][0] as string;
  expect((await page.evaluate((node) => window.__entente?.getNodeDisplay(node), neighbour))?.hidden).toBe(
    false,
  );
  await saveScreen(page, 'large-selection');
});

test('over 20,000 edges: sliding the window updates the counts and what is drawn', async ({ page }) => {
  const all = await getCounts(page);
  // A three-week window from a shared link, then one step to the right with the keyboard.
  await page.goto('./?from=1988-03-01&to=1988-03-21');
  await waitForGraph(page);
  const narrowed = await getCounts(page);
  expect(narrowed.interactions).toBeLessThan(all.interactions);
  await page.getByRole('slider', { name: 'Time window', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await getCounts(page)).window?.start).not.toBe(narrowed.window?.start);
  const moved = await getCounts(page);
  expect(moved.edges).toBeGreaterThan(0);
  // What is drawn follows the new window: an entity with no interaction in it is faded, one with some is
  // drawn at its size (the renderer only redrew what the step changed).
  const shown = moved.window as { start: string; end: string };
  const inWindow = bundle.interactions.filter(
    (interaction) =>
      interaction.date !== null && interaction.date >= shown.start && interaction.date <= shown.end,
  );
  expect(moved.interactions).toBe(inWindow.length);
  const active = new Set(inWindow.flatMap((interaction) => [interaction.source, interaction.target]));
  const idle = bundle.graph.nodes.find((node) => !active.has(node.key))?.key as string;
  const busy = [...active][0] as string;
  const display = (node: string) => page.evaluate((key) => window.__entente?.getNodeDisplay(key), node);
  expect((await display(idle))?.size).toBe(FADED_NODE_SIZE);
  expect((await display(busy))?.size).toBeGreaterThan(FADED_NODE_SIZE);
});
