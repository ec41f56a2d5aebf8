// Hostile input in the app: markup in a bundle's strings is shown literally and never runs, broken
// bundles end on the error screen (in the embed frame too), and the production build's
// Content-Security-Policy forbids inline script while the app still works under it.
import { expect, test, type Page } from '@playwright/test';
import { readFixture, saveScreen, serveGraphs, waitForGraph } from './helpers.ts';

const XSS_TITLE = '<img src=x onerror=alert("title")>';
const XSS_LABEL = '<script>alert("label")</script>Xi';
const XSS_EVIDENCE = '<img src=x onerror=alert("evidence")> met <b>Putin</b>';
const XSS_ARTICLE = '"><svg onload=alert("article")>';

function createHostileBundle(): string {
  const bundle = JSON.parse(readFixture('fixture-feb-2024.json'));
  bundle.meta.title = XSS_TITLE;
  for (const node of bundle.graph.nodes) if (node.key === 'xi-jinping') node.attributes.label = XSS_LABEL;
  for (const interaction of bundle.interactions) {
    if (interaction.source === 'xi-jinping' || interaction.target === 'xi-jinping') {
      interaction.evidence = XSS_EVIDENCE;
    }
  }
  for (const article of bundle.articles) {
    article.title = XSS_ARTICLE;
    article.url = 'javascript:alert("url")';
    article.source = '<img src=x onerror=alert("source")>';
  }
  return JSON.stringify(bundle);
}

function watchForScripts(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function serveHostile(page: Page) {
  const index = JSON.parse(readFixture('fixture-index.json'));
  index.graphs[0].title = XSS_TITLE;
  await serveGraphs(page, {
    'index.json': JSON.stringify(index),
    'fixture-feb-2024.json': createHostileBundle(),
  });
}

test('hostile strings in a bundle are rendered literally, with no dialog', async ({ page }) => {
  const dialogs = watchForScripts(page);
  await serveHostile(page);
  await page.goto('./');
  await waitForGraph(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE);
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  const panel = page.locator('.panel');
  await expect(panel.getByRole('heading', { name: XSS_LABEL })).toBeVisible();
  await expect(panel).toContainText('<img src=x onerror=alert("evidence")>');
  await expect(panel).toContainText('<b>Putin</b>');
  await expect(panel.locator('a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.locator('img[src="x"], svg[onload], b:text("Putin")').count()).toBe(0);

  // The same strings in the share and export dialogs and in the embed frame stay text.
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
  expect(snippet).toContain('title="&lt;img src=x onerror=alert(&quot;title&quot;)&gt;"');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await saveScreen(page, 'hostile-bundle');

  await page.goto('./?embed=1&node=xi-jinping');
  await waitForGraph(page);
  await expect(page.getByTestId('embed-bar').getByRole('heading')).toHaveText(XSS_TITLE);
  await expect(page.getByTestId('embed-selected')).toHaveText(XSS_LABEL);
  await expect(page.getByTestId('embed-bar')).toContainText('<img src=x onerror=alert("source")>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});

test('broken bundles show the error screen in the embed frame too', async ({ page }) => {
  const bundle = readFixture('fixture-feb-2024.json');
  await serveGraphs(page, {
    'index.json': readFixture('fixture-index.json'),
    'fixture-feb-2024.json': bundle.slice(0, bundle.length / 3),
  });
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./?embed=1');
  const screen = page.getByTestId('load-error');
  await expect(screen).toBeVisible();
  await expect(screen).toContainText(/not valid JSON \(it may be truncated/);
  await expect(page.getByTestId('graph-canvas')).toHaveCount(0);
});

test('the production build sends a Content-Security-Policy without inline script, and works under it', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await serveGraphs(page, {
    'index.json': readFixture('fixture-index.json'),
    'fixture-feb-2024.json': readFixture('fixture-feb-2024.json'),
  });
  const response = await page.goto('./');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toMatch(/script-src 'self'(;|$)/);
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toBe(header);
  await waitForGraph(page);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(violations).toEqual([]);

  // An injected inline script is refused by the browser.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
  expect(violations.every((text) => text.startsWith('Executing inline script violates'))).toBe(true);
});
