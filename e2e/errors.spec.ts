// Broken or missing bundles end on a clear error screen that says what went wrong and how to rebuild,
// never on a blank page.
import { expect, test } from '@playwright/test';
import { readFixture, saveScreen, serveGraphs } from './helpers.ts';

const index = readFixture('fixture-index.json');
const bundle = readFixture('fixture-feb-2024.json');

const withBundle = (text: string) => ({ 'index.json': index, 'fixture-feb-2024.json': text });

const CASES: { name: string; files: Record<string, string | number>; message: RegExp }[] = [
  { name: 'missing-index', files: {}, message: /index\.json was not found \(HTTP 404\)/ },
  {
    name: 'missing-bundle',
    files: { 'index.json': index },
    message: /fixture-feb-2024\.json was not found \(HTTP 404\)/,
  },
  {
    name: 'invalid-json',
    files: withBundle('{"format": "entente-bundle", oops'),
    message: /is not valid JSON/,
  },
  {
    name: 'truncated',
    files: withBundle(bundle.slice(0, Math.floor(bundle.length / 2))),
    message: /may be truncated/,
  },
  {
    name: 'wrong-version',
    files: withBundle(JSON.stringify({ ...JSON.parse(bundle), version: 99 })),
    message: /unsupported bundle version 99; this app reads versions 1 and 2/,
  },
  {
    name: 'dangling-ids',
    files: withBundle(bundle.replace('"source": "xi-jinping"', '"source": "nobody"')),
    message: /unknown node "nobody"/,
  },
  { name: 'server-error', files: { 'index.json': 500 }, message: /could not be read \(HTTP 500\)/ },
];

for (const { name, files, message } of CASES) {
  test(`shows an error screen for ${name}`, async ({ page }) => {
    await serveGraphs(page, files);
    await page.goto('./');
    const screen = page.getByTestId('load-error');
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('The graph could not be loaded');
    await expect(screen).toContainText(message);
    await expect(screen).toContainText('npx entente build data/corpus/seeds --out data/graphs/seeds.json');
    if (name === 'truncated' || name === 'dangling-ids') await saveScreen(page, `error-${name}`);
  });
}

test('the error screen retries and recovers once the bundle is fixed', async ({ page }) => {
  let broken = true;
  await page.route('**/data/graphs/*.json*', async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop();
    if (file === 'index.json')
      return route.fulfill({ status: 200, contentType: 'application/json', body: index });
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: broken ? bundle.slice(0, 100) : bundle,
    });
  });
  await page.goto('./');
  await expect(page.getByTestId('load-error')).toBeVisible();
  broken = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('legend')).toBeVisible();
});
