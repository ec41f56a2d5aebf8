// Bundles at the edges of what the pipeline can write: nothing dated, nothing at all, and a link to a
// graph the index does not list.
import { expect, test } from '@playwright/test';
import { readFixture, saveScreen, serveGraphs, waitForGraph } from './helpers.ts';

const index = readFixture('fixture-index.json');
const bundle = JSON.parse(readFixture('fixture-feb-2024.json')) as {
  meta: { dateRange: unknown; counts: Record<string, unknown> };
  articles: { date: string | null }[];
  interactions: { date: string | null }[];
  graph: { nodes: unknown[]; edges: unknown[] };
  mentions: unknown[];
};

test('a bundle with no dated interaction shows them all and says the timeline is empty', async ({ page }) => {
  const undated = structuredClone(bundle);
  undated.meta.dateRange = null;
  for (const article of undated.articles) article.date = null;
  for (const interaction of undated.interactions) interaction.date = null;
  await serveGraphs(page, { 'index.json': index, 'fixture-feb-2024.json': JSON.stringify(undated) });
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByText('No dated interactions: the timeline is empty.')).toBeVisible();
  await expect(page.getByTestId('visible-counts')).toHaveText(
    '125 interactions (125 undated) · 41 edges · 26 entities',
  );
  await expect(page.getByRole('slider')).toHaveCount(0);
});

test('an empty bundle says there is nothing to draw', async ({ page }) => {
  const empty = structuredClone(bundle);
  empty.graph.nodes = [];
  empty.graph.edges = [];
  empty.interactions = [];
  empty.mentions = [];
  await serveGraphs(page, { 'index.json': index, 'fixture-feb-2024.json': JSON.stringify(empty) });
  await page.goto('./');
  await expect(page.getByText('This graph has no entities')).toBeVisible();
  await expect(page.getByTestId('visible-counts')).toContainText('0 interactions · 0 edges · 0 entities');
  await saveScreen(page, 'edge-empty');
});

test('an unlisted ?graph= falls back to the default with a notice', async ({ page }) => {
  await serveGraphs(page, { 'index.json': index, 'fixture-feb-2024.json': JSON.stringify(bundle) });
  await page.goto('./?graph=missing');
  await waitForGraph(page);
  await expect(page.getByRole('status').filter({ hasText: 'There is no graph "missing"' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: great-power diplomacy, February 2024',
  );
});

test('a slow bundle shows the loading state first', async ({ page }) => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/graphs/*.json*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name !== 'index.json') await gate;
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: name === 'index.json' ? index : JSON.stringify(bundle),
    });
  });
  await page.goto('./');
  await expect(page.getByTestId('loading')).toContainText('Loading graph…');
  release();
  await waitForGraph(page);
  await expect(page.getByTestId('loading')).toHaveCount(0);
});
