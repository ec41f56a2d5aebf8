// Shared steps for the e2e specs: serving fixture bundles through page.route, waiting for the graph to
// be drawn, and saving screenshots under test-results/screens/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { createLargeBundle } from './fixtures/fixture-bundles.ts';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const screensDir = process.env.E2E_RESULTS
  ? join(process.env.E2E_RESULTS, 'screens')
  : join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'screens');

export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** Answers data/graphs/<name>.json from `files` (a string body, or an HTTP status); anything else is 404. */
export async function serveGraphs(page: Page, files: Record<string, string | number>): Promise<void> {
  await page.route('**/data/graphs/*.json*', async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const body = files[name];
    if (body === undefined || typeof body === 'number') {
      await route.fulfill({
        status: typeof body === 'number' ? body : 404,
        contentType: 'text/plain',
        body: 'Not found',
      });
      return;
    }
    await route.fulfill({ status: 200, contentType: 'application/json', body });
  });
}

let largeBundle: string | null = null;

/** The February 2024 fixture (and the large one, built in memory, for the picker) served as the graph index. */
export async function serveFixtures(page: Page): Promise<void> {
  largeBundle ??= JSON.stringify(createLargeBundle());
  await serveGraphs(page, {
    'index.json': readFixture('fixture-index.json'),
    'fixture-feb-2024.json': readFixture('fixture-feb-2024.json'),
    'fixture-large-1987.json': largeBundle,
  });
}

export async function waitForGraph(page: Page): Promise<void> {
  await expect(page.getByTestId('graph-canvas').locator('canvas').first()).toBeAttached();
  await page.waitForFunction(() => window.__entente?.isReady() === true);
}

export async function getCounts(page: Page) {
  const counts = await page.evaluate(() => window.__entente?.getVisibleCounts() ?? null);
  if (!counts) throw new Error('entente/e2e: the test hook reports no counts');
  return counts;
}

export async function saveScreen(page: Page, name: string): Promise<void> {
  // Let sigma finish its frame (and the camera any animation) before capturing.
  await page.waitForTimeout(350);
  await page.screenshot({ path: join(screensDir, `${name}.png`) });
}
