// A small read-mostly hook on window.__entente for the e2e specs and for debugging from the console.
// It only reads the view (counts, positions, what a node looks like) and can select a node; it never
// takes markup or code, so exposing it in production carries no injection risk.
import { toIsoDate } from '../graph/dates.ts';
import type { Visibility } from '../graph/timeline.ts';
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
}

export interface TestHookSources {
  getView: () => ViewState | null;
  getVisibility: () => Visibility | null;
  getRenderer: () => GraphRenderer | null;
  getNodeIds: () => string[];
  selectNode: (node: string | null) => void;
}

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
      const degrees = sources.getVisibility()?.nodeDegrees;
      if (!degrees) return [];
      return [...degrees.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, limit)
        .map(([id]) => id);
    },
    getNodeScreenPosition: (node) => sources.getRenderer()?.getNodeScreenPosition(node) ?? null,
    getNodeDisplay: (node) => sources.getRenderer()?.getNodeDisplay(node) ?? null,
    getSelectedNode: () => sources.getView()?.selectedNode ?? null,
    selectNode: (node) => sources.selectNode(node),
  };
  window.__entente = Object.freeze(hook);
  return () => {
    if (window.__entente === hook) delete window.__entente;
  };
}
