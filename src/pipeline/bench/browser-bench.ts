// The browser figures of `entente bench`: builds the app with vite into a temporary folder, serves it with
// a graph bundle from a small static server, and drives Debian's Chromium (headless, software WebGL) to
// time the first frame, sliding the time window with the keyboard, jumping to random windows, and the
// JavaScript cost of each frame while panning and zooming with the mouse. The page is read through
// `window.__entente` and its `bench` methods (src/app/test-hook.ts); nothing is stubbed in the app.
//
// Latencies end when sigma's render returns (JS time). SwiftShader rasterises the frame afterwards on the
// CPU, which on a large graph takes far longer (about 1 s a frame for a 20,000-article synthetic bundle)
// and stalls the next input and animation frame: that is why the bench takes minutes on large bundles.
//
// To run it alone: node --import tsx src/pipeline/bench/run-browser-bench.ts <graphsDir> <bundleId>
import { spawn } from 'node:child_process';
import { accessSync, constants, createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserType, Page } from '@playwright/test';
import type { BenchFigure } from './figures.ts';
import { dayToIsoDate, isoDateToDay, mean, median, percentile, randomWindows } from './stats.ts';

export interface BrowserBenchOptions {
  /** Folder served as /data/graphs/: index.json and the bundle's files. */
  graphsDir: string;
  bundleId: string;
  log: (line: string) => void;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const VIEWPORT = { width: 1440, height: 900 };
/** The e2e suite's flags (e2e/playwright.config.ts): no GPU, so WebGL must be allowed to use SwiftShader. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const PAGE_LOADS = 3;
const SCRUB_WINDOW_DAYS = 30;
const SCRUB_STEPS = 100;
const DRAG_SCRUB_STEPS = 100;
const JUMPS = 60;
const JUMP_SEED = 6;
const DRAG_STEPS = 60;
const WHEEL_EVENTS = 30;
/** How long one interaction may take to produce a frame before it counts as "no frame" (not a latency). */
const FRAME_TIMEOUT_MS = 5_000;
const READY_TIMEOUT_MS = 120_000;
const HOOK_TIMEOUT_MS = 5_000;

/** Builds, serves, measures, and always cleans up. Returns [] (after logging why) when no Chromium is found. */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BenchFigure[]> {
  const { log } = options;
  const executablePath = findChromium();
  if (!executablePath) {
    log(
      `browser bench: skipped, no Chromium found (looked at ${chromiumCandidates().join(', ')}); ` +
        'install Debian\'s "chromium" or set CHROMIUM_PATH.',
    );
    return [];
  }
  let chromium: BrowserType;
  try {
    ({ chromium } = await import('@playwright/test'));
  } catch (error) {
    log(`browser bench: skipped, @playwright/test could not be loaded (${(error as Error).message}).`);
    return [];
  }

  const distDir = await mkdtemp(join(tmpdir(), 'entente-browser-bench-dist-'));
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    log('browser bench: building the app with vite…');
    await buildApp(distDir);
    server = await startStaticServer(distDir, resolve(options.graphsDir));
    const port = (server.address() as AddressInfo).port;
    const url = `http://127.0.0.1:${port}/?graph=${encodeURIComponent(options.bundleId)}`;
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    log(`browser bench: ${executablePath}, Chromium ${browser.version()}, ${url}`);
    return await measure(browser, url, log);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) await closeServer(server);
    await rm(distDir, { recursive: true, force: true });
  }
}

function chromiumCandidates(): string[] {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
}

/** The first executable Chromium, looked for as e2e/run-e2e.mjs does; null when none. */
function findChromium(): string | null {
  for (const path of chromiumCandidates()) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not there or not executable: try the next one.
    }
  }
  return null;
}

/**
 * `vite build` in a child process, so that vite.config.ts reads ENTENTE_DIST from its own environment
 * and resolves its root against the repository, wherever the bench was started from.
 */
async function buildApp(outDir: string): Promise<void> {
  const viteBin = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  await new Promise<void>((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      // No colour codes: the error text is passed on into a log line.
      env: { ...process.env, ENTENTE_DIST: outDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', rejectBuild);
    child.on('exit', (code) => {
      if (code === 0) resolveBuild();
      else
        rejectBuild(
          new Error(`browser bench: vite build failed (exit ${code}).\n${stderr.trim().slice(-4000)}`),
        );
    });
  });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const GRAPHS_PREFIX = '/data/graphs/';

/**
 * Serves `/data/graphs/*` from graphsDir and everything else from distDir, uncompressed (the figures
 * should not depend on a compression setting), never from outside those folders.
 */
export async function startStaticServer(distDir: string, graphsDir: string): Promise<Server> {
  const server = createServer((request, response) => {
    serveFile(request, response, distDir, graphsDir).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  return server;
}

/** The file a URL path names under distDir or graphsDir, or null when it would leave them. */
export function resolveServedPath(urlPath: string, distDir: string, graphsDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const [root, relative] = decoded.startsWith(GRAPHS_PREFIX)
    ? [graphsDir, decoded.slice(GRAPHS_PREFIX.length)]
    : [distDir, decoded === '/' ? 'index.html' : decoded.slice(1)];
  const file = resolve(root, relative);
  return file.startsWith(resolve(root) + sep) ? file : null;
}

async function serveFile(
  request: IncomingMessage,
  response: ServerResponse,
  distDir: string,
  graphsDir: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const file = resolveServedPath(urlPath, distDir, graphsDir);
  if (!file) {
    response.writeHead(403, { 'Content-Type': 'text/plain' }).end('Forbidden');
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
}

// ---------------------------------------------------------------------------------------------------
// Measurements. The functions passed to page.evaluate run in the page, where `window.__entente` is the
// app's hook; they are typed loosely here because the pipeline may not import the app's types.

interface VisibleCountsInPage {
  interactions: number;
  edges: number;
  entities: number;
  window: { start: string; end: string } | null;
}
interface BenchHookInPage {
  isReady(): boolean;
  getVisibleCounts(): VisibleCountsInPage | null;
  bench?: {
    getLoadMarks(): { fetched: number; firstFrame: number } | null;
    nextFrame(): Promise<number>;
    setWindow(start: string, end: string): void;
    getRange(): { start: string; end: string } | null;
    takeRenderDurations(): number[];
  };
}
type PageWindow = typeof globalThis & {
  __entente?: BenchHookInPage;
  /** The last ArrowRight keydown's performance.now(), recorded in the capture phase. */
  __ententeBenchKeyAt?: number;
  /** The nextFrame() armed before the coming step. */
  __ententeBenchFrame?: Promise<number>;
};

async function measure(browser: Browser, url: string, log: (line: string) => void): Promise<BenchFigure[]> {
  const loads: { fetched: number; firstFrame: number }[] = [];
  let page: Page | null = null;
  for (let load = 0; load < PAGE_LOADS; load++) {
    if (page) await page.context().close();
    // A fresh context per load: a cold cache, as a visitor's first load would be.
    const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' });
    page = await context.newPage();
    page.on('pageerror', (error) => log(`browser bench: page error: ${error.message}`));
    loads.push(await loadAndReadMarks(page, url));
  }
  if (!page) throw new Error('browser bench: no page was loaded.');
  const renderer = await page.evaluate(readWebGlRenderer);
  log(`browser bench: WebGL renderer: ${renderer}`);
  const setting = /swiftshader/i.test(renderer)
    ? 'software WebGL (SwiftShader)'
    : `WebGL renderer "${renderer}" (expected SwiftShader)`;
  const where = `headless Chromium ${browser.version()}, ${setting}, ${VIEWPORT.width}x${VIEWPORT.height}`;

  const loadNote = `median of ${PAGE_LOADS} cold page loads; ${where}`;
  const figures: BenchFigure[] = [
    figure(
      'browser first frame',
      median(loads.map((marks) => marks.firstFrame - marks.fetched)),
      'ms',
      '<= 1000',
      `from the bundle's files fetched to sigma's first frame drawn; ${loadNote}`,
    ),
    figure(
      'browser load to first frame',
      median(loads.map((marks) => marks.firstFrame)),
      'ms',
      null,
      `from navigation start to sigma's first frame drawn; ${loadNote}`,
    ),
  ];
  log(
    `browser bench: loads (fetched → first frame, ms): ${loads
      .map((marks) => `${round(marks.fetched)} → ${round(marks.firstFrame)}`)
      .join(', ')}`,
  );

  const range = await page.evaluate(() => (window as PageWindow).__entente?.bench?.getRange() ?? null);
  if (range) {
    figures.push(...(await timed('drag scrub', log, () => measureDragScrub(page, range, where, log))));
    figures.push(...(await timed('scrub', log, () => measureSlidingScrub(page, range, where, log))));
    figures.push(...(await timed('jumps', log, () => measureRandomJumps(page, range, where, log))));
    // Pan and zoom over the whole graph, as it is first shown.
    await setWindowAndWait(page, range.start, range.end);
  } else {
    log('browser bench: the bundle has no dated range; the scrub and jump figures are skipped.');
  }
  figures.push(...(await timed('pan/zoom', log, () => measurePanZoom(page, where, log))));
  return figures;
}

/** Loads the app, waits for it to be drawn and for the bench hook, and returns the load marks. */
async function loadAndReadMarks(page: Page, url: string): Promise<{ fetched: number; firstFrame: number }> {
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => (window as PageWindow).__entente?.isReady() === true, undefined, {
      timeout: READY_TIMEOUT_MS,
      polling: 50,
    });
  } catch {
    const text = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 400);
    throw new Error(
      `browser bench: the app did not draw the graph within ${READY_TIMEOUT_MS / 1000} s at ${url}. ` +
        `The page says: ${JSON.stringify(text)}`,
    );
  }
  try {
    await page.waitForFunction(() => (window as PageWindow).__entente?.bench !== undefined, undefined, {
      timeout: HOOK_TIMEOUT_MS,
      polling: 50,
    });
  } catch {
    throw new Error(
      'browser bench: the app is ready but window.__entente.bench is missing; the app build lacks the ' +
        'bench methods (getLoadMarks, nextFrame, setWindow, getRange, takeRenderDurations) in src/app/test-hook.ts.',
    );
  }
  const marks = await page.waitForFunction(
    () => (window as PageWindow).__entente?.bench?.getLoadMarks() ?? null,
    undefined,
    { timeout: READY_TIMEOUT_MS, polling: 50 },
  );
  return (await marks.jsonValue()) as { fetched: number; firstFrame: number };
}

function readWebGlRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl');
  if (!gl) return 'none (no WebGL context)';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** What one step (a key press or a setWindow call) did, read in the page once it has settled. */
interface StepOutcome {
  /** performance.now() at the end of the sigma frame that drew the step; null when none was drawn. */
  drawnAt: number | null;
  /** The window start the app shows afterwards. */
  start: string | null;
  /** Whether the visible counts differ from before the step (a step that changes them must be drawn). */
  countsChanged: boolean;
}

/** Arms nextFrame() before a step, and returns the visible counts and window start before it. */
async function armFrame(page: Page): Promise<{ start: string | null; counts: string }> {
  return page.evaluate(() => {
    const pageWindow = window as PageWindow;
    const hook = pageWindow.__entente;
    if (!hook?.bench) throw new Error('window.__entente.bench is missing');
    pageWindow.__ententeBenchKeyAt = undefined;
    pageWindow.__ententeBenchFrame = hook.bench.nextFrame();
    const counts = hook.getVisibleCounts();
    return {
      start: counts?.window?.start ?? null,
      counts: JSON.stringify([counts?.interactions, counts?.edges, counts?.entities]),
    };
  });
}

/**
 * Waits in the page until the step is drawn or has settled without a frame. The app draws nothing when a
 * step changes nothing on the graph, so a missing frame is not waited for: once the app shows the new
 * window (its state has committed), its renderer has been updated and draws on the next animation frame;
 * two frames later without a render, there is none. `timeoutMs` bounds the wait for the new window.
 */
async function settleStep(
  page: Page,
  before: { start: string | null; counts: string },
  expect: { startChangedFrom: string | null } | { startIs: string },
): Promise<StepOutcome> {
  return page.evaluate(
    async ({ before, expect, timeoutMs }) => {
      const pageWindow = window as PageWindow;
      let drawnAt: number | null = null;
      void pageWindow.__ententeBenchFrame?.then((at) => {
        drawnAt = at;
      });
      const deadline = performance.now() + timeoutMs;
      while (drawnAt === null && performance.now() < deadline) {
        const start = pageWindow.__entente?.getVisibleCounts()?.window?.start ?? null;
        if ('startIs' in expect ? start === expect.startIs : start !== expect.startChangedFrom) break;
        await new Promise((resolveFrame) => requestAnimationFrame(resolveFrame));
      }
      for (let frame = 0; frame < 2 && drawnAt === null; frame++) {
        await new Promise((resolveFrame) => requestAnimationFrame(resolveFrame));
      }
      await new Promise((resolveTask) => setTimeout(resolveTask, 0));
      const counts = pageWindow.__entente?.getVisibleCounts();
      return {
        drawnAt: drawnAt as number | null,
        start: counts?.window?.start ?? null,
        countsChanged:
          JSON.stringify([counts?.interactions, counts?.edges, counts?.entities]) !== before.counts,
      };
    },
    { before, expect, timeoutMs: FRAME_TIMEOUT_MS },
  );
}

/** Calls setWindow and returns the outcome, with the ms from the call to the end of the frame drawn. */
async function setWindowAndWait(
  page: Page,
  start: string,
  end: string,
): Promise<StepOutcome & { latency: number | null }> {
  const before = await armFrame(page);
  const calledAt = await page.evaluate(
    ({ start, end }) => {
      const calledAt = performance.now();
      (window as PageWindow).__entente?.bench?.setWindow(start, end);
      return calledAt;
    },
    { start, end },
  );
  const outcome = await settleStep(page, before, { startIs: start });
  return { ...outcome, latency: outcome.drawnAt === null ? null : outcome.drawnAt - calledAt };
}

async function readWindowStart(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as PageWindow).__entente?.getVisibleCounts()?.window?.start ?? null);
}

/** The window both scrubs start from: SCRUB_WINDOW_DAYS at the start of the range (or the whole range). */
function getScrubWindow(range: { start: string; end: string }) {
  const firstDay = isoDateToDay(range.start);
  const lastDay = isoDateToDay(range.end);
  const windowDays = Math.min(SCRUB_WINDOW_DAYS, lastDay - firstDay + 1);
  const initial = { start: range.start, end: dayToIsoDate(firstDay + windowDays - 1) };
  return { firstDay, lastDay, windowDays, initial };
}

/** The p50 (no goal) and p95 (with the goal) of a list of latencies, both with the same note. */
function getLatencyFigures(name: string, latencies: number[], goal: string, note: string): BenchFigure[] {
  return [
    figure(`${name} p50`, percentile(latencies, 50), 'ms', null, note),
    figure(`${name} p95`, percentile(latencies, 95), 'ms', goal, note),
  ];
}

/**
 * The same ~30-day window dragged with the mouse, the way a scrub is usually done: the pointer moves by one
 * day's width per event (fractional pixels), so each step slides the window by one day. Each latency runs
 * from the pointermove (captured before the app sees it) to the end of the next sigma frame.
 */
async function measureDragScrub(
  page: Page,
  range: { start: string; end: string },
  where: string,
  log: (line: string) => void,
): Promise<BenchFigure[]> {
  const { firstDay, lastDay, windowDays, initial } = getScrubWindow(range);
  const steps = Math.min(DRAG_SCRUB_STEPS, lastDay - firstDay + 1 - windowDays);
  if (steps < 2) return [];
  await setWindowAndWait(page, initial.start, initial.end);
  await page.evaluate(() => {
    window.addEventListener(
      'pointermove',
      () => {
        (window as PageWindow).__ententeBenchKeyAt = performance.now();
      },
      { capture: true },
    );
  });
  const box = await page.getByRole('slider', { name: 'Time window', exact: true }).boundingBox();
  if (!box) throw new Error('browser bench: the time window is not on screen.');
  const pixelsPerDay = box.width / windowDays;
  const y = box.y + box.height / 2;
  let x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const latencies: number[] = [];
  let undrawn = 0;
  for (let step = 0; step < steps; step++) {
    const startBefore = await readWindowStart(page);
    const before = await armFrame(page);
    x += pixelsPerDay;
    await page.mouse.move(x, y);
    const outcome = await settleStep(page, before, { startChangedFrom: startBefore });
    const movedAt = await page.evaluate(() => (window as PageWindow).__ententeBenchKeyAt ?? null);
    if (outcome.drawnAt === null || movedAt === null || outcome.drawnAt < movedAt) undrawn++;
    else latencies.push(outcome.drawnAt - movedAt);
  }
  await page.mouse.up();
  log(`browser bench: drag scrub: ${latencies.length} frames, ${undrawn} moves without a frame of their own`);
  const note =
    `${windowDays}-day window dragged with the mouse by one day per pointermove, ${steps} moves` +
    `${undrawn ? ` (${undrawn} drew no frame of their own: left out)` : ''}; latency from pointermove to the ` +
    `end of the next sigma frame; ${where}`;
  return getLatencyFigures('browser drag scrub (1 day a move)', latencies, '<= 16', note);
}

/**
 * A ~30-day window slid forward SCRUB_STEPS times with real ArrowRight presses on the focused "Time window" slider.
 * Each latency runs from the keydown (captured before the app sees it) to the end of the next sigma frame.
 */
async function measureSlidingScrub(
  page: Page,
  range: { start: string; end: string },
  where: string,
  log: (line: string) => void,
): Promise<BenchFigure[]> {
  const { lastDay, windowDays, initial } = getScrubWindow(range);
  await setWindowAndWait(page, initial.start, initial.end);
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'ArrowRight') (window as PageWindow).__ententeBenchKeyAt = performance.now();
      },
      { capture: true },
    );
  });
  const slider = page.getByRole('slider', { name: 'Time window', exact: true });
  await slider.focus();

  const latencies: number[] = [];
  const stepDays = new Map<number, number>();
  let undrawnSteps = 0;
  let undrawnChanges = 0;
  let staleFrames = 0;
  let restarts = 0;
  let lastStep = 1;
  for (let step = 0; step < SCRUB_STEPS; step++) {
    let startBefore = await readWindowStart(page);
    if (!startBefore) throw new Error('browser bench: the app shows no time window to slide.');
    // At the end of the range the window cannot move; start again from the beginning of the range.
    if (isoDateToDay(startBefore) + windowDays - 1 + lastStep > lastDay) {
      await setWindowAndWait(page, initial.start, initial.end);
      await slider.focus();
      startBefore = initial.start;
      restarts++;
    }
    const before = await armFrame(page);
    await page.keyboard.press('ArrowRight');
    const outcome = await settleStep(page, before, { startChangedFrom: startBefore });
    const keyAt = await page.evaluate(() => (window as PageWindow).__ententeBenchKeyAt ?? null);
    if (keyAt === null) throw new Error('browser bench: the ArrowRight keydown never reached the page.');
    if (outcome.start) {
      lastStep = Math.max(1, isoDateToDay(outcome.start) - isoDateToDay(startBefore));
      stepDays.set(lastStep, (stepDays.get(lastStep) ?? 0) + 1);
    }
    if (outcome.drawnAt === null) {
      undrawnSteps++;
      if (outcome.countsChanged) undrawnChanges++;
    }
    // A frame ending before the keydown belongs to an earlier step: not this step's latency.
    else if (outcome.drawnAt < keyAt) staleFrames++;
    else latencies.push(outcome.drawnAt - keyAt);
  }
  const steps = [...stepDays.entries()].sort((a, b) => b[1] - a[1]);
  log(
    `browser bench: scrub: ${latencies.length} frames, ${undrawnSteps} presses that changed nothing drawn, ` +
      `(${undrawnChanges} of them changed the visible counts), ` +
      `${staleFrames} frames from an earlier press, ${restarts} restarts at the end of the range, ` +
      `steps (days×presses): ${steps.map(([days, count]) => `${days}×${count}`).join(', ')}`,
  );
  const stepNote =
    steps.length === 1 && steps[0]?.[0] === 1
      ? 'each ArrowRight moves the window one day'
      : `an ArrowRight moves the window by one bar of the timeline, here ${steps
          .map(([days]) => `${days} day${days === 1 ? '' : 's'}`)
          .join(' or ')}, not one day`;
  const leftOut = [
    restarts ? `back to the start of the range ${restarts} times` : '',
    undrawnSteps
      ? `${undrawnSteps} presses changed nothing on the graph, so the app drew no frame: left out`
      : '',
    staleFrames
      ? `${staleFrames} frames ended before their keydown (late from an earlier press): left out`
      : '',
  ].filter(Boolean);
  const note =
    `${windowDays}-day window slid ${SCRUB_STEPS} times by real ArrowRight presses on the "Time window" ` +
    `slider (${[stepNote, ...leftOut].join('; ')}); ${latencies.length} latencies from keydown to the end of ` +
    `the next sigma frame; ${where}`;
  return getLatencyFigures('browser keyboard scrub (1 bar a press)', latencies, '<= 16', note);
}

/** JUMPS seeded random windows of 7..120 days, each from setWindow to the end of the next sigma frame. */
async function measureRandomJumps(
  page: Page,
  range: { start: string; end: string },
  where: string,
  log: (line: string) => void,
): Promise<BenchFigure[]> {
  const windows = randomWindows(range, JUMPS, { seed: JUMP_SEED, minDays: 7, maxDays: 120 });
  const latencies: number[] = [];
  let undrawnJumps = 0;
  let undrawnChanges = 0;
  for (const { start, end } of windows) {
    const outcome = await setWindowAndWait(page, start, end);
    if (outcome.latency !== null) latencies.push(outcome.latency);
    else {
      undrawnJumps++;
      if (outcome.countsChanged) undrawnChanges++;
    }
  }
  log(
    `browser bench: jumps: ${latencies.length} frames, ${undrawnJumps} jumps that changed nothing drawn ` +
      `(${undrawnChanges} of them changed the visible counts)`,
  );
  const leftOut = [
    undrawnJumps
      ? `${undrawnJumps} jumps changed nothing on the graph, so the app drew no frame: left out`
      : '',
    undrawnChanges
      ? `WARNING: ${undrawnChanges} of those changed the visible counts yet drew no frame within two animation frames`
      : '',
  ].filter(Boolean);
  const note =
    `${JUMPS} random windows of 7–120 days (seed ${JUMP_SEED}) set through the hook's setWindow` +
    `${leftOut.length ? ` (${leftOut.join('; ')})` : ''}; ${latencies.length} latencies from the call to the ` +
    `end of the next sigma frame; ${where}`;
  return getLatencyFigures('browser random jump', latencies, '<= 50', note);
}

/** Real mouse drags and wheel events over the graph canvas; the JS time sigma spent on each frame drawn. */
async function measurePanZoom(
  page: Page,
  where: string,
  log: (line: string) => void,
): Promise<BenchFigure[]> {
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('browser bench: the graph canvas is not on the page.');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const reach = Math.min(box.width, box.height) / 4;
  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(() => (window as PageWindow).__entente?.bench?.takeRenderDurations());

  // Four strokes that end where they began (right, down, left, up), DRAG_STEPS mouse moves in all.
  const strokes: [number, number][] = [
    [reach, 0],
    [0, reach],
    [-reach, 0],
    [0, -reach],
  ];
  let at = { ...centre };
  await page.mouse.down();
  for (const [dx, dy] of strokes) {
    at = { x: at.x + dx, y: at.y + dy };
    await page.mouse.move(at.x, at.y, { steps: DRAG_STEPS / strokes.length });
  }
  await page.mouse.up();
  // Zoom in, then back out, one notch per event, waiting a frame so each notch is drawn on its own.
  for (let event = 0; event < WHEEL_EVENTS; event++) {
    await page.mouse.wheel(0, event < WHEEL_EVENTS / 2 ? -120 : 120);
    await page.evaluate(() => new Promise((resolveFrame) => requestAnimationFrame(resolveFrame)));
  }
  // Let sigma's zoom animation finish so its frames are counted too.
  await page.waitForTimeout(600);
  const durations = await page.evaluate(
    () => (window as PageWindow).__entente?.bench?.takeRenderDurations() ?? [],
  );
  log(`browser bench: pan/zoom: ${durations.length} frames drawn`);
  const note =
    `${DRAG_STEPS} mouse-drag moves and ${WHEEL_EVENTS} wheel events over the graph canvas with the whole range ` +
    `shown, ${durations.length} frames; JS time of each sigma render; ${where}`;
  return [
    figure('browser pan/zoom JS time per frame p50', percentile(durations, 50), 'ms', null, note),
    figure('browser pan/zoom JS time per frame p95', percentile(durations, 95), 'ms', '<= 3', note),
    figure('browser pan/zoom JS time per frame mean', mean(durations), 'ms', null, note),
  ];
}

/** Runs one part of the bench and logs how long it took, for whoever waits on it. */
async function timed<T>(part: string, log: (line: string) => void, run: () => Promise<T>): Promise<T> {
  const startedAt = Date.now();
  const result = await run();
  log(`browser bench: ${part} took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return result;
}

function figure(name: string, value: number, unit: string, goal: string | null, note: string): BenchFigure {
  return { name, value: round(value), unit, goal, note };
}

/** Two decimals: performance.now() in the page is coarsened to 0.1 ms anyway. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
