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
