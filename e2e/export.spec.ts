// Export: the PNG is a real image of the requested pixel size with node colours and caption text in it;
// the GEXF parses back with graphology-gexf to the view's node and edge counts; the CSV has the columns
// of `entente export`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import Graph from 'graphology';
import { parse } from 'graphology-gexf/node/index.js';
import { getCounts, saveScreen, serveFixtures, waitForGraph } from './helpers.ts';

const SCREENS_DIR = process.env.E2E_RESULTS
  ? join(process.env.E2E_RESULTS, 'screens')
  : join(import.meta.dirname, '..', 'test-results', 'screens');
const LIGHT_NODE_COLOURS = ['#4e79a7', '#e15759', '#59a14f', '#b07aa1'];

async function openExport(page: Page, query = '?from=2024-02-01&to=2024-02-10') {
  await serveFixtures(page);
  await page.goto(`./${query}`);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

async function saveDownload(download: Download, directory: string): Promise<string> {
  const path = join(directory, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

function readPngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface PixelStats {
  colourCounts: number[];
  headerTextPixels: number;
  footerTextPixels: number;
  cornerAlpha: number;
}

/** Decodes the PNG in the page (a canvas) and counts node-coloured pixels and dark caption pixels. */
function getPixelStats(page: Page, png: Buffer, scale: number): Promise<PixelStats> {
  return page.evaluate(
    async ({ base64, colours, scale }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2D context');
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
      const targets = colours.map((hex) =>
        [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)),
      );
      const colourCounts = targets.map(() => 0);
      let headerTextPixels = 0;
      let footerTextPixels = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const offset = (y * width + x) * 4;
          const [r, g, b, a] = [data[offset]!, data[offset + 1]!, data[offset + 2]!, data[offset + 3]!];
          const dark = a > 200 && r < 110 && g < 110 && b < 110;
          if (y < 64 * scale && dark) headerTextPixels++;
          else if (y > height - 60 * scale && dark) footerTextPixels++;
          targets.forEach(([tr, tg, tb], index) => {
            if (a > 250 && Math.abs(r - tr!) < 8 && Math.abs(g - tg!) < 8 && Math.abs(b - tb!) < 8)
              colourCounts[index]!++;
          });
        }
      }
      return { colourCounts, headerTextPixels, footerTextPixels, cornerAlpha: data[3]! };
    },
    { base64: png.toString('base64'), colours: LIGHT_NODE_COLOURS, scale },
  );
}

test('the PNG has the requested pixel size, node colours and a burned-in caption', async ({
  page,
}, testInfo) => {
  const dialog = await openExport(page);
  await dialog.getByLabel('2×').check();
  const size = (await dialog.getByTestId('png-size').textContent()) ?? '';
  const [expectedWidth, expectedHeight] = size.split('×').map((part) => Number.parseInt(part, 10));
  const viewport = page.viewportSize();
  expect(expectedWidth).toBe((viewport?.width ?? 0) * 2);
  await saveScreen(page, 'export-dialog');

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('fixture-feb-2024_2024-02-01_2024-02-10.png');
  const path = await saveDownload(download, testInfo.outputDir);
  const png = readFileSync(path);
  expect(readPngSize(png)).toEqual({ width: expectedWidth, height: expectedHeight });
  await expect(dialog.getByRole('status')).toContainText(`Saved fixture-feb-2024_2024-02-01_2024-02-10.png`);

  const stats = await getPixelStats(page, png, 2);
  expect(stats.colourCounts.filter((count) => count > 30).length).toBeGreaterThanOrEqual(2);
  expect(stats.headerTextPixels).toBeGreaterThan(200);
  expect(stats.footerTextPixels).toBeGreaterThan(100);
  expect(stats.cornerAlpha).toBe(255);

  // Kept for people to look at.
  await download.saveAs(join(SCREENS_DIR, 'export-view-2x.png'));
});

test('the whole graph fitted at 4× on a transparent background', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 800, height: 500 });
  const dialog = await openExport(page, '');
  await dialog.getByLabel('4× (print)').check();
  await dialog.getByLabel('Whole graph').check();
  await dialog.getByLabel('Transparent').check();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('fixture-feb-2024_2024-02-01_2024-02-21.png');
  const png = readFileSync(await saveDownload(download, testInfo.outputDir));
  const size = (await dialog.getByTestId('png-size').textContent()) ?? '';
  const [expectedWidth, expectedHeight] = size.split('×').map((part) => Number.parseInt(part, 10));
  expect(expectedWidth).toBe(800 * 4);
  expect(readPngSize(png)).toEqual({ width: expectedWidth, height: expectedHeight });
  const stats = await getPixelStats(page, png, 4);
  expect(stats.cornerAlpha).toBe(0);
  expect(stats.colourCounts.filter((count) => count > 10).length).toBeGreaterThanOrEqual(2);
  expect(stats.headerTextPixels).toBeGreaterThan(100);
  await download.saveAs(join(SCREENS_DIR, 'export-fitted-4x-transparent.png'));
});

test('GEXF and CSV of the current view', async ({ page }, testInfo) => {
  const dialog = await openExport(page);
  const counts = await getCounts(page);

  const gexfPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Graph for Gephi (GEXF)' }).click();
  const gexfDownload = await gexfPromise;
  expect(gexfDownload.suggestedFilename()).toBe('fixture-feb-2024_2024-02-01_2024-02-10.gexf');
  const gexf = readFileSync(await saveDownload(gexfDownload, testInfo.outputDir), 'utf8');
  const graph = parse(Graph, gexf);
  expect(graph.order).toBe(counts.entities);
  expect(graph.size).toBe(counts.edges);
  expect(gexf).toContain('mode="dynamic"');
  expect(gexf).toMatch(/<spell start="2024-02-\d\d" end="2024-02-\d\d"\/>/);
  expect(gexf).not.toMatch(/<spell start="2024-02-1[1-9]/);

  const csvPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Interactions (CSV)' }).click();
  const csvDownload = await csvPromise;
  expect(csvDownload.suggestedFilename()).toBe('fixture-feb-2024_2024-02-01_2024-02-10_interactions.csv');
  const csv = readFileSync(await saveDownload(csvDownload, testInfo.outputDir), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('source,target,date,type,article,evidence');
  expect(csv).toHaveLength(counts.interactions + 1);

  const nodesPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Entities (CSV)' }).click();
  const nodes = readFileSync(await saveDownload(await nodesPromise, testInfo.outputDir), 'utf8')
    .trim()
    .split('\r\n');
  expect(nodes[0]).toBe('id,label,type,code,aliases,country,role,mentions');
  expect(nodes).toHaveLength(counts.entities + 1);
});
