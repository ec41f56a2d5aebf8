// Smoke test on the committed bundles in data/graphs/ (no interception): the default graph loads and draws.
import { expect, test } from '@playwright/test';
import { saveScreen, waitForGraph } from './helpers.ts';

test('the committed default graph loads and draws', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  await waitForGraph(page);
  const nodeIds = await page.evaluate(() => window.__entente?.getNodeIds() ?? []);
  expect(nodeIds.length).toBeGreaterThan(0);
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByTestId('visible-counts')).toContainText(
    /\d+ interactions?( \(\d+ undated\))? · \d+ edges? · \d+ entit/,
  );
  expect(errors).toEqual([]);
  await saveScreen(page, 'seeds-1280');
});

test('a panel fetches its evidence slice on demand, and says which file failed', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('./');
  await waitForGraph(page);
  // The first frame needs the manifest and the columns, nothing else.
  expect(requested.some((path) => path.endsWith('/seeds.columns.bin'))).toBe(true);
  expect(requested.some((path) => path.includes('.details.'))).toBe(false);
  await page.evaluate(() => window.__entente?.selectNode('person:xi-jinping'));
  const panel = page.getByTestId('entity-panel');
  await expect(panel.getByTestId('interaction').first()).toContainText(/Putin|Xi/);
  await expect(panel.locator('mark').first()).toBeVisible();
  expect(requested.some((path) => path.endsWith('/seeds.details.0.json'))).toBe(true);

  await page.route('**/data/graphs/seeds.details.0.json', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.reload();
  await waitForGraph(page);
  await page.evaluate(() => window.__entente?.selectNode('person:xi-jinping'));
  await expect(page.getByTestId('entity-panel').getByRole('alert')).toContainText(
    /evidence could not be loaded: .*seeds\.details\.0\.json was not found \(HTTP 404\)/,
  );
  // Who and when still come from the columns.
  await expect(page.getByTestId('entity-panel').getByTestId('interaction').first()).toContainText(
    /2024|2025/,
  );
});
