// A small read-mostly hook on window.__entente for the e2e specs, `npm run bench` and debugging from the
// console. It reads the view (counts, positions, what a node looks like, load and render timings), can
// select a node and set the time window; it never takes markup or code, so exposing it in production
// carries no injection risk.
import { getTopNodes } from '../graph/appearance.ts';
import { parseDayNumber, toIsoDate } from '../graph/dates.ts';
import type { Visibility } from '../graph/filters.ts';
import type { TimeWindow } from '../graph/timeline.ts';
import type { ViewState } from '../graph/view-state.ts';
import type { GraphRenderer } from './graph-renderer.ts';

export interface VisibleCounts {
  interactions: number;
  undated: number;
  edges: number;
  entities: number;
  /** The window as YYYY-MM-DD, or null when the graph has no dated interactions. */
  window: { start: string; end: string } | null;
}

export interface EntenteTestHook {
  /** True once a graph is drawn. */
  isReady(): boolean;
  getGraphId(): string | null;
  getVisibleCounts(): VisibleCounts | null;
  getNodeIds(): string[];
  /** Node ids ordered by interactions in the current window, busiest first (only visible ones). */
  getTopNodeIds(limit: number): string[];
  /** The node's centre in page coordinates, for page.mouse.click. */
  getNodeScreenPosition(node: string): { x: number; y: number } | null;
  getNodeDisplay(node: string): { size: number; color: string; label: string | null; hidden: boolean } | null;
  getSelectedNode(): string | null;
  selectNode(node: string | null): void;
  bench: EntenteBenchHook;
}

/** What `npm run bench` measures through: timestamps are performance.now() values. */
export interface EntenteBenchHook {
  /** When the files the first frame needs had arrived, and when sigma had drawn its first frame. */
  getLoadMarks(): { fetched: number; firstFrame: number } | null;
  /** Resolves with performance.now() at the end of the next sigma render. */
  nextFrame(): Promise<number>;
  /** Sets the window (YYYY-MM-DD, inclusive) as the timeline would; ignores what is not a date. */
  setWindow(start: string, end: string): void;
  getRange(): { start: string; end: string } | null;
  /** JS time (ms) of each sigma render since the last call. */
  takeRenderDurations(): number[];
}

export interface TestHookSources {
  getView: () => ViewState | null;
  getVisibility: () => Visibility | null;
  getRenderer: () => GraphRenderer | null;
  getNodeIds: () => string[];
  selectNode: (node: string | null) => void;
  getLoadMarks: () => { fetched: number; firstFrame: number } | null;
  getRange: () => TimeWindow | null;
  setWindow: (window: TimeWindow) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

declare global {
  interface Window {
    __entente?: EntenteTestHook;
  }
}

export function installTestHook(sources: TestHookSources): () => void {
  const hook: EntenteTestHook = {
    isReady: () => sources.getRenderer() !== null && sources.getVisibility() !== null,
    getGraphId: () => sources.getView()?.graphId ?? null,
    getVisibleCounts: () => {
      const visibility = sources.getVisibility();
      const window = sources.getView()?.window ?? null;
      if (!visibility) return null;
      return {
        interactions: visibility.interactions,
        undated: visibility.undated,
        edges: visibility.edges,
        entities: visibility.entities,
        window: window ? { start: toIsoDate(window.start), end: toIsoDate(window.end) } : null,
      };
    },
    getNodeIds: () => sources.getNodeIds(),
    getTopNodeIds: (limit) => {
      const visibility = sources.getVisibility();
      if (!visibility) return [];
      return [...getTopNodes(sources.getNodeIds(), visibility.getNodeDegree, limit)];
    },
    getNodeScreenPosition: (node) => sources.getRenderer()?.getNodeScreenPosition(node) ?? null,
    getNodeDisplay: (node) => sources.getRenderer()?.getNodeDisplay(node) ?? null,
    getSelectedNode: () => sources.getView()?.selectedNode ?? null,
    selectNode: (node) => sources.selectNode(node),
    bench: Object.freeze({
      getLoadMarks: () => sources.getLoadMarks(),
      nextFrame: () => sources.getRenderer()?.nextFrame() ?? Promise.reject(new Error('no graph drawn')),
      setWindow: (start: string, end: string) => {
        if (!ISO_DATE.test(String(start)) || !ISO_DATE.test(String(end))) return;
        sources.setWindow({ start: parseDayNumber(start), end: parseDayNumber(end) });
      },
      getRange: () => {
        const range = sources.getRange();
        return range ? { start: toIsoDate(range.start), end: toIsoDate(range.end) } : null;
      },
      takeRenderDurations: () => sources.getRenderer()?.takeRenderDurations() ?? [],
    }),
  };
  window.__entente = Object.freeze(hook);
  return () => {
    if (window.__entente === hook) delete window.__entente;
  };
}
