// Exploration on the February 2024 fixture: brushing and playback, keyboard control of the window,
// search by name and alias, type filters and the minimum per edge, the country view, the pair panel with
// evidence, and screenshots of each state (light and dark).
import { expect, test, type Page } from '@playwright/test';
import { getCounts, saveScreen, serveFixtures, waitForGraph } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await serveFixtures(page);
  await page.goto('./');
  await waitForGraph(page);
});

/** Client x of the middle of a day (0 = 1 Feb) on the 21-day fixture timeline. */
async function getDayX(page: Page, dayOffset: number): Promise<{ x: number; y: number }> {
  const frame = await page.getByTestId('timeline').boundingBox();
  if (!frame) throw new Error('no timeline');
  const dayWidth = (frame.width - 28) / 21;
  return { x: frame.x + 14 + dayWidth * (dayOffset + 0.5), y: frame.y + 30 };
}

async function getVisibleNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__entente?.getTopNodeIds(10_000) ?? []);
}

test('brushing a range, sliding it, and playing it through time', async ({ page }) => {
  const all = await getCounts(page);
  // Brush 5–9 Feb on the histogram.
  const from = await getDayX(page, 4);
  const to = await getDayX(page, 8);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  const brushed = await getCounts(page);
  expect(brushed.window).toEqual({ start: '2024-02-05', end: '2024-02-09' });
  expect(brushed.interactions).toBeLessThan(all.interactions);
  await expect(page.getByTestId('timeline-range')).toHaveText('5 Feb – 9 Feb 2024');

  // Drag the brushed window three days later: same length, new place.
  const middle = await getDayX(page, 6);
  const later = await getDayX(page, 9);
  await page.mouse.move(middle.x, middle.y);
  await page.mouse.down();
  await page.mouse.move(later.x, later.y, { steps: 6 });
  await page.mouse.up();
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-08', end: '2024-02-12' });

  // Play at 4×: the window moves and the counts change over time, with the layout still.
  const before = await page.evaluate(() => window.__entente?.getNodeScreenPosition('xi-jinping'));
  await page.getByLabel('Playback speed').selectOption('4');
  await page.getByRole('button', { name: 'Play through time' }).click();
  const seen = new Set<number>();
  const starts = new Set<string>();
  await expect
    .poll(
      async () => {
        const counts = await getCounts(page);
        seen.add(counts.interactions);
        starts.add(counts.window?.start ?? '');
        return starts.size >= 3 && seen.size >= 2;
      },
      { timeout: 8000, intervals: [150] },
    )
    .toBe(true);
  await saveScreen(page, 'exploration-playback');
  await page.getByRole('button', { name: 'Pause playback' }).click();
  const paused = (await getCounts(page)).window;
  await page.waitForTimeout(800);
  expect((await getCounts(page)).window).toEqual(paused);
  const after = await page.evaluate(() => window.__entente?.getNodeScreenPosition('xi-jinping'));
  expect(after).toEqual(before);

  // Playback runs to the end of the range and stops there.
  await page.getByRole('button', { name: 'Play through time' }).click();
  await expect(page.getByRole('button', { name: 'Play through time' })).toBeVisible({ timeout: 10_000 });
  expect((await getCounts(page)).window?.end).toBe('2024-02-21');
});

test('the keyboard moves and resizes the window, and says where it is', async ({ page }) => {
  await page.goto('./?from=2024-02-05&to=2024-02-09');
  await waitForGraph(page);
  const slider = page.getByRole('slider', { name: 'Time window', exact: true });
  await slider.focus();
  await expect(slider).toHaveAttribute('aria-valuetext', '5 Feb – 9 Feb 2024');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-07', end: '2024-02-11' });
  await page.keyboard.press('Shift+ArrowRight');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-07', end: '2024-02-12' });
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-07', end: '2024-02-10' });
  await expect(slider).toHaveAttribute('aria-valuetext', '7 Feb – 10 Feb 2024');
  await expect(page.getByTestId('timeline-range')).toHaveText('7 Feb – 10 Feb 2024');
  await page.keyboard.press('End');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-18', end: '2024-02-21' });
  await page.keyboard.press('ArrowLeft');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-17', end: '2024-02-20' });
  // With nothing focused, the arrows still drive the window.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowRight');
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-16', end: '2024-02-20' });
  // The playback controls sit just before the window in the tab order, each named, and work from the keys.
  await slider.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: 'Playback step' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: 'Playback speed' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const play = page.getByRole('button', { name: 'Play through time' });
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause playback' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(play).toBeVisible();
});

test('search finds entities by name and alias, selects them and brings them into view', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Find an entity' });
  await search.fill('Xi');
  await expect(page.getByRole('option').first()).toContainText('Xi Jinping');
  await search.press('Enter');
  await expect(page.getByTestId('entity-panel').getByRole('heading', { level: 2 })).toHaveText('Xi Jinping');
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBe('xi-jinping');

  await search.fill('EU');
  await page.getByRole('option', { name: /European Union/ }).click();
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBe('european-union');
  // The camera brought it into the part of the stage the panel leaves free.
  await page.waitForTimeout(600);
  const position = await page.evaluate(() => window.__entente?.getNodeScreenPosition('european-union'));
  const stage = await page.getByTestId('graph-canvas').boundingBox();
  const panel = await page.getByTestId('entity-panel').boundingBox();
  if (!position || !stage || !panel) throw new Error('no geometry');
  expect(position.x).toBeGreaterThan(stage.x);
  expect(position.x).toBeLessThan(panel.x);
  expect(position.y).toBeGreaterThan(stage.y);
  expect(position.y).toBeLessThan(stage.y + stage.height);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();
});

test('type filters and the minimum per edge drop the counts and say what they hide', async ({ page }) => {
  const all = await getCounts(page);
  const canvas = await page.getByTestId('graph-canvas').locator('canvas').first().elementHandle();
  const legend = page.getByTestId('legend');
  await legend.getByRole('button', { name: /Person/ }).click();
  const noPeople = await getCounts(page);
  expect(noPeople.interactions).toBeLessThan(all.interactions);
  expect(noPeople.entities).toBeLessThan(all.entities);
  await expect(legend.getByRole('button', { name: /Person/ })).toHaveAttribute('aria-pressed', 'false');
  expect((await page.evaluate(() => window.__entente?.getNodeDisplay('xi-jinping')))?.hidden).toBe(true);
  await expect(page.getByTestId('visible-counts')).toContainText('hidden by filters');
  await legend.getByRole('button', { name: /Person/ }).click();
  expect((await getCounts(page)).interactions).toBe(all.interactions);

  await legend.getByText('Interaction types').click();
  await legend.getByLabel(/Co-mention/).uncheck();
  await legend.getByLabel(/Statement/).uncheck();
  const fewerTypes = await getCounts(page);
  expect(fewerTypes.interactions).toBe(all.interactions - 5 - 25);
  await expect(page.getByTestId('visible-counts')).toContainText('30 interactions');

  await legend.getByLabel('Min. interactions per edge').fill('4');
  const busy = await getCounts(page);
  expect(busy.edges).toBeLessThan(fewerTypes.edges);
  expect(busy.interactions).toBeLessThan(fewerTypes.interactions);
  await saveScreen(page, 'exploration-filters');

  await legend.getByRole('button', { name: 'None' }).click();
  expect((await getCounts(page)).interactions).toBe(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  expect(await getCounts(page)).toEqual(all);
  // Filters refresh sigma; they never re-create it.
  expect(await canvas?.evaluate((element) => element.isConnected)).toBe(true);
});

test('the country view folds people and organisations into their countries', async ({ page }) => {
  const all = await getCounts(page);
  await page.getByLabel('Country view').check();
  const visible = await getVisibleNodeIds(page);
  const countries = ['CHN', 'RUS', 'USA', 'NOR', 'VNM', 'FRA', 'BRA', 'IDN', 'UKR'];
  const unaffiliated = ['united-nations', 'brics', 'asean', 'european-union'];
  expect(visible.length).toBeGreaterThan(3);
  for (const id of visible) expect([...countries, ...unaffiliated]).toContain(id);
  expect(visible).toContain('CHN');
  expect((await page.evaluate(() => window.__entente?.getNodeDisplay('xi-jinping')))?.hidden).toBe(true);
  const folded = await getCounts(page);
  expect(folded.entities).toBeLessThan(all.entities);
  await expect(page.getByTestId('visible-counts')).toContainText('country view');
  // Xi Jinping meeting Wang Yi is a Chinese affair: no edge in the country view, and the counts say so.
  await expect(page.getByTestId('visible-counts')).toContainText('within one country not drawn');

  // China speaks for Xi Jinping: its panel lists his interactions with their evidence.
  await page.evaluate(() => window.__entente?.selectNode('CHN'));
  const panel = page.getByTestId('entity-panel');
  await expect(panel).toContainText('Country view: includes');
  await expect(panel.getByTestId('counterparts').getByRole('button', { name: /Russia/ })).toBeVisible();
  await panel
    .getByTestId('counterparts')
    .getByRole('button', { name: /Russia/ })
    .click();
  const pair = page.getByTestId('pair-panel');
  await expect(pair).toBeVisible();
  await expect(pair.getByTestId('evidence').filter({ hasText: 'Putin' }).first()).toContainText('Xi');
  await saveScreen(page, 'exploration-country-view');

  await page.keyboard.press('Escape');
  await page.getByLabel('Country view').uncheck();
  expect(await getCounts(page)).toEqual(all);
});

test('an edge or a counterpart lists the pair, with both names marked in each sentence', async ({ page }) => {
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  const panel = page.getByTestId('entity-panel');
  await expect(panel.getByTestId('panel-window-count')).toContainText('interactions');
  const first = panel.getByTestId('counterparts').getByRole('button').first();
  await expect(first).toContainText('Vladimir Putin');
  await expect(first.locator('svg.sparkline rect').first()).toBeAttached();
  await first.click();
  const pair = page.getByTestId('pair-panel');
  await expect(pair.getByRole('heading', { level: 2 })).toContainText('Xi Jinping');
  await expect(pair.getByRole('heading', { level: 2 })).toContainText('Vladimir Putin');
  const sentences = pair.getByTestId('evidence');
  expect(await sentences.count()).toBeGreaterThan(2);
  const marks = await sentences.first().locator('mark').allTextContents();
  expect(marks).toHaveLength(2);
  await expect(sentences.first()).toContainText(/Xi/);
  await expect(sentences.first()).toContainText(/Putin/);
  await saveScreen(page, 'exploration-pair');
  await page.keyboard.press('Escape');
  await expect(pair).toBeHidden();

  // Clicking the drawn edge between Espen Barth Eide and Wang Yi opens the same kind of list.
  await page.waitForTimeout(400);
  const a = await page.evaluate(() => window.__entente?.getNodeScreenPosition('espen-barth-eide'));
  const b = await page.evaluate(() => window.__entente?.getNodeScreenPosition('wang-yi'));
  if (!a || !b) throw new Error('no positions');
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
  await expect(pair).toBeVisible();
  await expect(pair.getByRole('heading', { level: 2 })).toContainText('Wang Yi');
});

test('screens: playback mid-way in the dark theme, country view with filters', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await page.goto('./?from=2024-02-06&to=2024-02-12');
  await waitForGraph(page);
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  await saveScreen(page, 'exploration-dark-panel');
  await page.keyboard.press('Escape');
  await page.getByLabel('Country view').check();
  await page.getByTestId('legend').getByText('Interaction types').click();
  await saveScreen(page, 'exploration-dark-country');
});

test('on the committed seed graph, "SCO" and "Xi" find their entities, and the country view reads well', async ({
  page,
}) => {
  await page.unrouteAll();
  await page.goto('./?graph=seeds');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Find an entity' });
  await search.fill('SCO');
  await expect(page.getByRole('option').first()).toContainText('Shanghai Cooperation Organization');
  await search.press('Enter');
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBe('org:sco');
  await search.fill('Xi');
  await expect(page.getByRole('option').first()).toContainText('Xi Jinping');
  await search.press('Enter');
  await expect(page.getByTestId('entity-panel').getByRole('heading', { level: 2 })).toHaveText('Xi Jinping');
  await saveScreen(page, 'exploration-seeds-xi');
  await page.keyboard.press('Escape');
  await page.getByLabel('Country view').check();
  const visible = await getVisibleNodeIds(page);
  expect(visible.some((id) => id.startsWith('person:xi-jinping'))).toBe(false);
  await saveScreen(page, 'exploration-seeds-countries');
});
