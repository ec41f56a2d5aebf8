// PNG export: the graph drawn by @sigma/export-image into an off-screen copy of the renderer, at 1×, 2×
// or 4× the on-screen pixel size, framed as the current viewport or the whole graph, then composed on our
// own canvas with a title band (title, date range) and a caption band (legend, source/credit line).
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { THEME_COLORS, type Theme } from '../../graph/appearance.ts';
import type { GraphRenderer } from '../graph-renderer.ts';

export type ExportScale = 1 | 2 | 4;
export type ExportFraming = 'viewport' | 'fitted';
export type ExportBackground = 'light' | 'dark' | 'transparent';

export interface PngExportOptions {
  scale: ExportScale;
  framing: ExportFraming;
  background: ExportBackground;
}

export interface ExportCaption {
  title: string;
  dateRange: string;
  legend: readonly { label: string; color: string }[];
  credit: string;
}

interface Palette {
  fill: string | null;
  text: string;
  muted: string;
  rule: string;
}

const PALETTES: Record<'light' | 'dark', Palette> = {
  light: { fill: '#ffffff', text: '#1f2328', muted: '#5d6570', rule: '#e3e6ea' },
  dark: { fill: '#16181c', text: '#eef0f3', muted: '#a4adb8', rule: '#30353d' },
};

/** A transparent image keeps the text colours of the app's theme. */
function getPalette(background: ExportBackground, theme: 'light' | 'dark'): Palette {
  if (background === 'transparent') return { ...PALETTES[theme], fill: null };
  return PALETTES[background];
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const HEADER_HEIGHT = 64;
const FOOTER_HEIGHT = 60;
const PADDING = 20;

export interface PngLayout {
  /** Size of the graph area in CSS pixels (the on-screen canvas). */
  graphWidth: number;
  graphHeight: number;
  /** Size of the whole image in CSS pixels and in output pixels. */
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}

export function getPngLayout(graphWidth: number, graphHeight: number, scale: ExportScale): PngLayout {
  const width = Math.round(graphWidth);
  const height = Math.round(graphHeight) + HEADER_HEIGHT + FOOTER_HEIGHT;
  return {
    graphWidth: width,
    graphHeight: Math.round(graphHeight),
    width,
    height,
    pixelWidth: width * scale,
    pixelHeight: height * scale,
  };
}

/** Runs `draw` with window.devicePixelRatio reading `ratio`: sigma sizes its canvases from it. */
function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  const restore = () => {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  };
  return draw().finally(restore);
}

function fitText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && context.measureText(`${text.slice(0, end)}…`).width > maxWidth) end--;
  return `${text.slice(0, end)}…`;
}

function drawCaption(
  context: CanvasRenderingContext2D,
  layout: PngLayout,
  caption: ExportCaption,
  palette: Palette,
): void {
  const { width, height } = layout;
  context.textBaseline = 'alphabetic';
  context.textAlign = 'left';
  context.fillStyle = palette.text;
  context.font = `650 18px ${FONT}`;
  context.fillText(fitText(context, caption.title, width - 2 * PADDING), PADDING, 30);
  context.fillStyle = palette.muted;
  context.font = `500 13px ${FONT}`;
  context.fillText(fitText(context, caption.dateRange, width - 2 * PADDING), PADDING, 50);

  context.fillStyle = palette.rule;
  context.fillRect(PADDING, HEADER_HEIGHT - 1, width - 2 * PADDING, 1);
  context.fillRect(PADDING, height - FOOTER_HEIGHT, width - 2 * PADDING, 1);

  // The legend on one line, the source on the next, so neither is ever cut for the other.
  const legendBaseline = height - FOOTER_HEIGHT + 25;
  context.font = `500 12.5px ${FONT}`;
  let x = PADDING;
  for (const item of caption.legend) {
    const labelWidth = context.measureText(item.label).width;
    if (x + 14 + labelWidth > width - PADDING) break;
    context.fillStyle = item.color;
    context.beginPath();
    context.arc(x + 5, legendBaseline - 4, 5, 0, Math.PI * 2);
    context.fill();
    context.fillStyle = palette.text;
    context.fillText(item.label, x + 14, legendBaseline);
    x += 14 + labelWidth + 18;
  }
  context.fillStyle = palette.muted;
  context.font = `500 11.5px ${FONT}`;
  context.fillText(fitText(context, caption.credit, width - 2 * PADDING), PADDING, legendBaseline + 20);
}

/**
 * Draws the export and returns it as a PNG blob, with its layout. On a light or dark background the
 * graph is coloured for that theme, whatever the screen shows; a transparent one keeps the screen's.
 */
export async function renderPng(
  renderer: GraphRenderer,
  caption: ExportCaption,
  options: PngExportOptions,
  theme: Theme,
): Promise<{ blob: Blob; layout: PngLayout }> {
  const sigma = renderer.getSigma() as unknown as Sigma;
  const { width: graphWidth, height: graphHeight } = sigma.getDimensions();
  const layout = getPngLayout(graphWidth, graphHeight, options.scale);
  const palette = getPalette(options.background, theme);
  const graphTheme = options.background === 'transparent' ? theme : options.background;
  const graphCanvas = await withPixelRatio(options.scale, () =>
    // drawOnCanvas renders its off-screen copy synchronously before its first await, inside withTheme.
    renderer.withTheme(graphTheme, () =>
      drawOnCanvas(sigma, {
        width: layout.graphWidth,
        height: layout.graphHeight,
        backgroundColor: 'transparent',
        // Hover cards and the mouse layer are interaction, not picture.
        layers: ['edges', 'nodes', 'edgeLabels', 'labels'],
        cameraState: options.framing === 'fitted' ? { x: 0.5, y: 0.5, ratio: 1, angle: 0 } : null,
        sigmaSettings: { labelColor: { color: THEME_COLORS[graphTheme].label } },
      }),
    ),
  );

  const canvas = document.createElement('canvas');
  canvas.width = layout.pixelWidth;
  canvas.height = layout.pixelHeight;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('entente/export: this browser gave no 2D canvas to compose the image on.');
  if (palette.fill) {
    context.fillStyle = palette.fill;
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
  context.drawImage(
    graphCanvas,
    0,
    0,
    graphCanvas.width,
    graphCanvas.height,
    0,
    HEADER_HEIGHT * options.scale,
    layout.graphWidth * options.scale,
    layout.graphHeight * options.scale,
  );
  context.scale(options.scale, options.scale);
  drawCaption(context, layout, caption, palette);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob)
    throw new Error('entente/export: the browser could not encode the PNG (the image may be too large).');
  return { blob, layout };
}
