// Share: the URL is the view state. A window and a selection survive a reload of the URL, "Copy link"
// copies it, and bad parameters are ignored with a console warning, never rendered.
import { expect, test, type Page } from '@playwright/test';
import { getCounts, saveScreen, serveFixtures, waitForGraph } from './helpers.ts';

async function narrowWindow(page: Page): Promise<void> {
  const start = page.getByRole('slider', { name: 'Start of time window' });
  await start.focus();
  for (let step = 0; step < 4; step++) await start.press('ArrowRight');
  const end = page.getByRole('slider', { name: 'End of time window' });
  await end.focus();
  for (let step = 0; step < 6; step++) await end.press('ArrowLeft');
}

test('a window and a selection come back from the URL after a reload', async ({ page, context }) => {
  await serveFixtures(page);
  await page.goto('./');
  await waitForGraph(page);
  const full = await getCounts(page);
  const historyLength = await page.evaluate(() => window.history.length);

  await narrowWindow(page);
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  await expect(page.getByRole('heading', { name: 'Xi Jinping' })).toBeVisible();
  const narrowed = await getCounts(page);
  expect(narrowed.window).not.toEqual(full.window);
  expect(narrowed.interactions).toBeLessThan(full.interactions);

  await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('xi-jinping');
  const shared = page.url();
  const params = new URL(shared).searchParams;
  expect(params.get('from')).toBe(narrowed.window?.start);
  expect(params.get('to')).toBe(narrowed.window?.end);

  const other = await context.newPage();
  await serveFixtures(other);
  await other.goto(shared);
  await waitForGraph(other);
  expect(await getCounts(other)).toEqual(narrowed);
  expect(await other.evaluate(() => window.__entente?.getSelectedNode())).toBe('xi-jinping');
  await expect(other.getByRole('heading', { name: 'Xi Jinping' })).toBeVisible();
  expect(other.url()).toBe(shared);
  await other.close();

  // The URL is replaced, not pushed: no history entry per change.
  expect(await page.evaluate(() => window.history.length)).toBe(historyLength);
});

test('Copy link copies the current view, and the embed dialog gives an iframe snippet', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await serveFixtures(page);
  await page.goto('./?from=2024-02-05&to=2024-02-12');
  await waitForGraph(page);
  await page.evaluate(() => window.__entente?.selectNode('vladimir-putin'));
  await expect.poll(() => new URL(page.url()).searchParams.get('node')).toBe('vladimir-putin');

  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.searchParams.get('from')).toBe('2024-02-05');
  expect(url.searchParams.get('to')).toBe('2024-02-12');
  expect(url.searchParams.get('node')).toBe('vladimir-putin');

  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByTestId('embed-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('spinbutton', { name: /Width/ }).fill('720');
  await dialog.getByRole('spinbutton', { name: /Height/ }).fill('480');
  const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+embed=1" width="720" height="480" title="Fixture: great-power/);
  expect(snippet).toContain('from=2024-02-05&amp;to=2024-02-12');
  const originField = dialog.getByRole('textbox', { name: /Only this site may control it/ });
  await originField.fill('javascript:alert(1)');
  await expect(dialog.getByRole('alert')).toContainText('no path');
  expect(await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue()).toBe(snippet);
  await originField.fill('https://news.example');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    /&amp;origin=https%3A%2F%2Fnews\.example&amp;embed=1"/,
  );
  await saveScreen(page, 'share-embed-dialog');
  await originField.fill('');
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('unknown and malformed parameters are ignored with a warning and never rendered', async ({ page }) => {
  const warnings: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFixtures(page);
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  await page.goto(
    `./?from=2024-02-31&to=${hostile}&node=${hostile}&theme=${hostile}&min=-3&types=country,${hostile}&${hostile}=1`,
  );
  await waitForGraph(page);
  const counts = await getCounts(page);
  expect(counts.window).toEqual({ start: '2024-02-01', end: '2024-02-21' });
  expect(await page.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();
  expect(warnings.filter((text) => text.startsWith('entente/url-state:'))).toHaveLength(7);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await expect(page.locator('body')).not.toContainText('onerror');
  // The bad parameters are dropped from the address bar as soon as the view writes it back.
  await expect.poll(() => new URL(page.url()).search).toBe('?graph=fixture-feb-2024&theme=light');
  expect(dialogs).toEqual([]);
});
