// Embed: public/embed-example.html, served from another origin (a second preview on another port),
// loads the frame and drives it through the postMessage API; the frame's messages reach the host; a host
// that is not the allowed origin, and malformed messages, change nothing.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { getCounts, saveScreen, serveFixtures, waitForGraph } from './helpers.ts';

const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? APP_PORT + 10);
const APP = `http://127.0.0.1:${APP_PORT}/`;
const HOST = `http://127.0.0.1:${HOST_PORT}/embed-example.html`;

async function openHost(page: Page, query = ''): Promise<Frame> {
  await serveFixtures(page);
  await page.goto(`${HOST}?app=${encodeURIComponent(APP)}${query}`);
  const frameElement = page.locator('#entente-frame');
  await expect(frameElement).toHaveAttribute('src', /embed=1/);
  const frame = await (await frameElement.elementHandle())?.contentFrame();
  if (!frame) throw new Error('entente/e2e: the embed frame did not load');
  await frame.waitForFunction(() => window.__entente?.isReady() === true);
  return frame;
}

function getFrameCounts(frame: Frame) {
  return frame.evaluate(() => window.__entente?.getVisibleCounts() ?? null);
}

function getLog(page: Page): Promise<string[]> {
  return page.locator('#message-log li').allTextContents();
}

test('the host page on another origin drives the frame, and hears from it', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const frame = await openHost(page);
  expect(new URL(frame.url()).origin).not.toBe(new URL(page.url()).origin);
  await expect(page.locator('#message-log')).toContainText('"type":"ready"');
  const ready = JSON.parse((await getLog(page))[0] ?? '{}');
  expect(ready).toMatchObject({
    protocol: 'entente',
    version: 1,
    type: 'ready',
    graph: 'fixture-feb-2024',
    window: { from: '2024-02-01', to: '2024-02-21' },
    selected: null,
  });

  await page.locator('#window-from').fill('2024-02-05');
  await page.locator('#window-to').fill('2024-02-10');
  await page.getByRole('button', { name: 'Set window' }).click();
  await expect
    .poll(async () => (await getFrameCounts(frame))?.window)
    .toEqual({
      start: '2024-02-05',
      end: '2024-02-10',
    });
  await expect(page.locator('#message-log')).toContainText(
    '"type":"windowChanged","window":{"from":"2024-02-05","to":"2024-02-10"}',
  );

  await page.locator('#select-node').fill('xi-jinping');
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await expect.poll(() => frame.evaluate(() => window.__entente?.getSelectedNode())).toBe('xi-jinping');
  await expect(frame.getByTestId('embed-selected')).toHaveText('Xi Jinping');
  await expect(page.locator('#message-log')).toContainText(
    '"type":"selectionChanged","selected":{"id":"xi-jinping","label":"Xi Jinping","type":"person"}',
  );
  await saveScreen(page, 'embed-host-page');

  await page.getByRole('button', { name: 'Country view' }).click();
  await expect.poll(() => new URL(frame.url()).searchParams.get('countries')).toBe('1');
  await page.getByRole('button', { name: 'People view' }).click();
  await expect.poll(() => new URL(frame.url()).searchParams.get('countries')).toBeNull();

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(frame.getByRole('button', { name: 'Pause playback' })).toBeVisible();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(frame.getByRole('button', { name: 'Play through time' })).toBeVisible();

  await page.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(() => frame.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();
  await page.getByRole('button', { name: 'Whole range' }).click();
  await expect.poll(async () => (await getFrameCounts(frame))?.window?.end).toBe('2024-02-21');

  // "Open in Entente" leads to the full view with the same state, and never to the embed.
  const open = frame.getByRole('link', { name: /Open in Entente/ });
  await expect(open).toHaveAttribute('rel', 'noopener noreferrer');
  const href = new URL((await open.getAttribute('href')) ?? '');
  expect(href.origin).toBe(new URL(APP).origin);
  expect(href.searchParams.get('embed')).toBeNull();
  expect(href.searchParams.get('graph')).toBe('fixture-feb-2024');
  expect(dialogs).toEqual([]);
});

test('malformed messages are ignored and answered with "rejected"', async ({ page }) => {
  const frame = await openHost(page);
  await expect(page.locator('#message-log')).toContainText('"type":"ready"');
  const before = await getFrameCounts(frame);
  await page.evaluate((appOrigin) => {
    const target = (document.getElementById('entente-frame') as HTMLIFrameElement).contentWindow;
    const envelope = { protocol: 'entente', version: 1 };
    for (const message of [
      'setWindow 2024-02-05 2024-02-06',
      null,
      { ...envelope, type: 'select', node: 42 },
      { ...envelope, type: 'select', node: '<img src=x onerror=alert(1)>' },
      { ...envelope, type: 'setWindow', from: '<img src=x onerror=alert(1)>', to: '2024-02-06' },
      { ...envelope, type: 'setWindow', from: '2024-02-31', to: '2024-02-06' },
      { ...envelope, version: 2, type: 'setWindow', from: '2024-02-05', to: '2024-02-06' },
      { ...envelope, type: 'eval', code: 'alert(1)' },
      { ...envelope, type: 'select', node: 'xi-jinping', extra: '<b>' },
    ])
      target?.postMessage(message, appOrigin);
  }, new URL(APP).origin);
  await expect
    .poll(async () => (await getLog(page)).filter((line) => line.includes('"rejected"')).length)
    .toBe(7);
  expect(await getFrameCounts(frame)).toEqual(before);
  expect(await frame.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();
  expect(await frame.locator('img[src="x"]').count()).toBe(0);
});

test('a host that is not the allowed origin cannot drive the frame', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const frame = await openHost(page, `&allow=${encodeURIComponent('https://newsroom.example')}`);
  const before = await getFrameCounts(frame);
  await page.locator('#window-from').fill('2024-02-05');
  await page.locator('#window-to').fill('2024-02-10');
  await page.getByRole('button', { name: 'Set window' }).click();
  await page.locator('#select-node').fill('xi-jinping');
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await expect.poll(() => warnings.filter((text) => text.includes('not the allowed origin')).length).toBe(2);
  expect(await getFrameCounts(frame)).toEqual(before);
  expect(await frame.evaluate(() => window.__entente?.getSelectedNode())).toBeNull();
  // Nor does it hear the frame: messages go to the allowed origin only.
  expect(await getLog(page)).toEqual([]);
});

test('the embed frame at 600×400: graph, compact timeline, legend and credit, no panels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await serveFixtures(page);
  await page.goto('./?embed=1&from=2024-02-05&to=2024-02-14');
  await waitForGraph(page);
  await expect(page.getByTestId('embed-bar')).toContainText('Data: 45 articles from');
  await expect(page.getByTestId('legend')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Time window', exact: true })).toBeVisible();
  await expect(page.locator('.topbar')).toBeHidden();
  expect((await getCounts(page)).window).toEqual({ start: '2024-02-05', end: '2024-02-14' });
  await page.evaluate(() => window.__entente?.selectNode('xi-jinping'));
  await expect(page.getByTestId('embed-selected')).toHaveText('Xi Jinping');
  await expect(page.locator('.panel')).toBeHidden();
  await saveScreen(page, 'embed-600x400');
  const overflow = await page.evaluate(
    () =>
      document.documentElement.scrollHeight > window.innerHeight ||
      document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(overflow).toBe(false);
});
