// The explorer on the February 2024 fixture: drawing, timeline filtering, the entity panel, hover,
// undated interactions, the graph picker and the themes.
import { expect, test } from '@playwright/test';
import { getCounts, saveScreen, serveFixtures, waitForGraph } from './helpers.ts';

test.beforeEach(async ({ page }) => {
  await serveFixtures(page);
  await page.goto('./');
  await waitForGraph(page);
});

test('draws the graph with a legend, counts and the timeline', async ({ page }) => {
  const nodeIds = await page.evaluate(() => window.__entente?.getNodeIds() ?? []);
  expect(nodeIds).toHaveLength(26);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Fixture: great-power diplomacy, February 2024',
  );
  const legend = page.getByTestId('legend');
  await expect(legend.locator('li[data-type="country"]')).toContainText('Country');
  await expect(legend.locator('li[data-type="country"]')).toContainText('9');
  await expect(legend.locator('li[data-type="person"]')).toContainText('11');
  await expect(page.getByTestId('visible-counts')).toHaveText(
    '125 interactions (5 undated) · 41 edges · 26 entities · 1 Feb – 21 Feb 2024',
  );
  await expect(page.getByRole('slider', { name: 'Start of time window' })).toHaveAttribute(
    'aria-valuetext',
    '1 Feb 2024',
  );
  // The busiest node is drawn where the hook says, with its label.
  const display = await page.evaluate(() => window.__entente?.getNodeDisplay('xi-jinping'));
  expect(display?.label).toBe('Xi Jinping');
  await saveScreen(page, 'explorer-1280');
});

test('narrowing the timeline lowers the visible counts and fades idle nodes', async ({ page }) => {
  const before = await getCounts(page);
  const canvas = await page.getByTestId('graph-canvas').locator('canvas').first().elementHandle();
  const start = page.getByRole('slider', { name: 'Start of time window' });
  await start.focus();
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(start).toHaveAttribute('aria-valuetext', '15 Feb 2024');
  const afterKeys = await getCounts(page);
  expect(afterKeys.window).toEqual({ start: '2024-02-15', end: '2024-02-21' });
  expect(afterKeys.interactions).toBeLessThan(before.interactions);
  await expect(page).toHaveURL(/from=2024-02-15/);

  // Drag the end handle to the left with the pointer.
  const end = page.getByRole('slider', { name: 'End of time window' });
  const box = await end.boundingBox();
  if (!box) throw new Error('no end handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 150, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const afterDrag = await getCounts(page);
  expect((afterDrag.window?.end ?? '9999') < '2024-02-21').toBe(true);
  expect(afterDrag.interactions).toBeLessThan(afterKeys.interactions);
  expect(afterDrag.edges).toBeLessThanOrEqual(afterKeys.edges);
  await expect(page.getByTestId('visible-counts')).toContainText(`${afterDrag.interactions} interactions`);

  // Entities without an edge in the window fade out: no label, and smaller than any active node.
  const nodeIds = await page.evaluate(() => window.__entente?.getNodeIds() ?? []);
  const active = new Set(await page.evaluate(() => window.__entente?.getTopNodeIds(1000) ?? []));
  const idle = nodeIds.find((id) => !active.has(id));
  expect(idle).toBeDefined();
  const idleDisplay = await page.evaluate((id) => window.__entente?.getNodeDisplay(id), idle as string);
  expect(idleDisplay?.label).toBeNull();
  // Filtering refreshes sigma; it never re-creates it.
  expect(await canvas?.evaluate((element) => element.isConnected)).toBe(true);
  await saveScreen(page, 'explorer-narrowed');

  await page.getByRole('button', { name: 'Show all dates' }).click();
  expect((await getCounts(page)).interactions).toBe(before.interactions);
});

test('a click on a histogram bar selects that day, and a shared link restores a window', async ({ page }) => {
  const frame = await page.getByTestId('timeline').boundingBox();
  if (!frame) throw new Error('no timeline');
  // 21 day-bars between 14px margins: aim at the middle of the 10th (10 Feb).
  const dayWidth = (frame.width - 28) / 21;
  await page.mouse.click(frame.x + 14 + dayWidth * 9.5, frame.y + 50);
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-10', end: '2024-02-10' });

  await page.goto('./?from=2024-02-05&to=2024-02-09');
  await waitForGraph(page);
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-05', end: '2024-02-09' });
  await expect(page.getByTestId('visible-counts')).toContainText('5 Feb – 9 Feb 2024');
});

test('excluding undated interactions removes them from the counts', async ({ page }) => {
  const before = await getCounts(page);
  await page.getByLabel('Include 5 undated').uncheck();
  const after = await getCounts(page);
  expect(after.undated).toBe(0);
  expect(after.interactions).toBe(before.interactions - 5);
  await expect(page.getByTestId('visible-counts')).not.toContainText('undated');
});

test('clicking an entity opens its panel with evidence; Escape closes it', async ({ page }) => {
  const position = await page.evaluate(() => window.__entente?.getNodeScreenPosition('wang-yi'));
  if (!position) throw new Error('no position for wang-yi');
  await page.mouse.click(position.x, position.y);
  const panel = page.getByTestId('entity-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Wang Yi');
  await expect(panel).toContainText('Foreign Minister');
  const first = panel.getByTestId('interaction').first();
  await expect(first.getByTestId('evidence')).toBeVisible();
  await expect(first.locator('mark')).toHaveCount(2);
  // Newest first.
  const dates = await panel
    .locator('time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')));
  expect(dates).toEqual([...dates].sort().reverse());
  // Links go to http(s) originals only, in a new tab without opener.
  const link = first.locator('a').first();
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveAttribute('target', '_blank');
  await saveScreen(page, 'explorer-panel');

  // The country link selects the country.
  await panel.getByRole('button', { name: 'China' }).first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('China');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();

  // A click on empty stage closes it too (the country link moved the camera: fit the graph again first).
  await page.getByRole('button', { name: 'Fit graph' }).click();
  await page.waitForTimeout(500);
  const moved = await page.evaluate(() => window.__entente?.getNodeScreenPosition('wang-yi'));
  if (!moved) throw new Error('no position for wang-yi');
  await page.mouse.click(moved.x, moved.y);
  await expect(panel).toBeVisible();
  const stage = await page.getByTestId('graph-canvas').boundingBox();
  if (!stage) throw new Error('no stage');
  // Wait out sigma's double-click delay, or the two clicks would read as a double-click zoom.
  await page.waitForTimeout(400);
  await page.mouse.click(stage.x + 120, stage.y + stage.height / 2);
  await expect(panel).toBeHidden();
});

test('finding an entity by name or alias selects it', async ({ page }) => {
  await page.keyboard.press('/');
  const search = page.getByRole('combobox', { name: 'Find an entity' });
  await expect(search).toBeFocused();
  await search.fill('lavr');
  await expect(page.getByRole('option').first()).toContainText('Sergei Lavrov');
  await saveScreen(page, 'explorer-search');
  await search.press('Enter');
  await expect(page.getByTestId('entity-panel').getByRole('heading', { level: 2 })).toHaveText(
    'Sergei Lavrov',
  );
  await search.fill('Jokowi');
  await page.getByRole('option', { name: /Joko Widodo/ }).click();
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBe('joko-widodo');
});

test('untrusted evidence and links are shown as text, never as markup', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.evaluate(() => window.__entente?.selectNode('joko-widodo'));
  const panel = page.getByTestId('entity-panel');
  await expect(panel).toContainText('<img src=x onerror=alert(1)>');
  await expect(panel.locator('img')).toHaveCount(0);
  await expect(panel.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('hovering a node dims everything outside its neighbourhood', async ({ page }) => {
  const position = await page.evaluate(() => window.__entente?.getNodeScreenPosition('espen-barth-eide'));
  if (!position) throw new Error('no position');
  const before = await page.evaluate(() => window.__entente?.getNodeDisplay('brics'));
  await page.mouse.move(position.x, position.y);
  await expect
    .poll(async () => (await page.evaluate(() => window.__entente?.getNodeDisplay('brics')))?.color)
    .not.toBe(before?.color);
  const neighbour = await page.evaluate(() => window.__entente?.getNodeDisplay('wang-yi'));
  expect(neighbour?.label).toBe('Wang Yi');
  await saveScreen(page, 'explorer-hover');
});

test('the picker switches graphs and keeps the choice in the URL', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Graph' }).selectOption('fixture-large-1987');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fixture: large 1987 wire graph');
  await waitForGraph(page);
  await expect(page).toHaveURL(/graph=fixture-large-1987/);
  const counts = await getCounts(page);
  expect(counts.edges).toBeGreaterThan(4000);

  // Moving the window over thousands of edges updates the counts (speed is for `npm run bench`, not tests).
  const start = page.getByRole('slider', { name: 'Start of time window' });
  await start.focus();
  for (let step = 0; step < 20; step++) await page.keyboard.press('ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', /.+/);
  expect((await getCounts(page)).interactions).toBeLessThan(counts.interactions);
  await saveScreen(page, 'explorer-large');
});

test('dark theme and a 1440×900 screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  await expect(page.getByTestId('entity-panel')).toBeVisible();
  await saveScreen(page, 'explorer-1440-dark');
});
