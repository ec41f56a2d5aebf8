// The app's view state in one pure reducer: which graph, which time window, whether undated interactions
// count, and which node is selected or hovered, plus the URL parameters that share the window. The
// camera is not here: it belongs to sigma.
import { parseDayNumber, toIsoDate } from './dates.ts';
import { clampWindow, type TimeWindow } from './timeline.ts';

export interface ViewState {
  graphId: string | null;
  /** The dated span of the loaded graph, null when nothing is dated. */
  range: TimeWindow | null;
  /** The inclusive window of days shown; equals `range` until the user narrows it. */
  window: TimeWindow | null;
  includeUndated: boolean;
  selectedNode: string | null;
  hoveredNode: string | null;
}

export type ViewAction =
  | { type: 'graphLoaded'; graphId: string; range: TimeWindow | null; window?: TimeWindow | null }
  | { type: 'windowChanged'; window: TimeWindow }
  | { type: 'windowReset' }
  | { type: 'undatedToggled' }
  | { type: 'nodeSelected'; node: string | null }
  | { type: 'nodeHovered'; node: string | null }
  | { type: 'panelClosed' };

/** Undated interactions are included by default: nothing in the bundle is hidden on first load. */
export const INITIAL_VIEW_STATE: ViewState = {
  graphId: null,
  range: null,
  window: null,
  includeUndated: true,
  selectedNode: null,
  hoveredNode: null,
};

export function reduceViewState(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'graphLoaded': {
      const window = action.range && action.window ? clampWindow(action.window, action.range) : action.range;
      return {
        ...state,
        graphId: action.graphId,
        range: action.range,
        window,
        selectedNode: null,
        hoveredNode: null,
      };
    }
    case 'windowChanged': {
      if (!state.range) return state;
      const window = clampWindow(action.window, state.range);
      if (state.window && state.window.start === window.start && state.window.end === window.end)
        return state;
      return { ...state, window };
    }
    case 'windowReset':
      return { ...state, window: state.range };
    case 'undatedToggled':
      return { ...state, includeUndated: !state.includeUndated };
    case 'nodeSelected':
      return state.selectedNode === action.node ? state : { ...state, selectedNode: action.node };
    case 'nodeHovered':
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case 'panelClosed':
      return state.selectedNode === null ? state : { ...state, selectedNode: null };
  }
}

/**
 * Reads a shared window from URL parameters (`from`, `to` as YYYY-MM-DD), clamped into the range;
 * null when absent or unreadable, so a bad link falls back to the whole range instead of failing.
 */
export function getWindowFromParams(params: URLSearchParams, range: TimeWindow | null): TimeWindow | null {
  if (!range) return null;
  const read = (name: string, fallback: number): number | null => {
    const value = params.get(name);
    if (value === null) return fallback;
    try {
      return parseDayNumber(value);
    } catch {
      return null;
    }
  };
  const start = read('from', range.start);
  const end = read('to', range.end);
  if (start === null || end === null) return null;
  return clampWindow({ start, end }, range);
}

/** Writes the window into URL parameters, or removes them when it covers the whole range. */
export function setWindowParams(
  params: URLSearchParams,
  window: TimeWindow | null,
  range: TimeWindow | null,
): void {
  if (!window || !range || (window.start === range.start && window.end === range.end)) {
    params.delete('from');
    params.delete('to');
    return;
  }
  params.set('from', toIsoDate(window.start));
  params.set('to', toIsoDate(window.end));
}
