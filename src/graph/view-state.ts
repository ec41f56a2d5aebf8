// The app's view state in one pure reducer: which graph, which time window, whether undated interactions
// count, and which node is selected or hovered (url-state.ts mirrors the shareable part in the URL). The
// camera is not here: it belongs to sigma.
import {
  clampWindow,
  getNextPlaybackWindow,
  getPlaybackStartWindow,
  type PlaybackSpeed,
  type PlaybackStep,
  type TimeWindow,
} from './timeline.ts';
import { ENTITY_TYPES, INTERACTION_TYPES, type EntityType, type InteractionType } from './vocabulary.ts';

export interface ViewState {
  graphId: string | null;
  /** The dated span of the loaded graph, null when nothing is dated. */
  range: TimeWindow | null;
  /** The inclusive window of days shown; equals `range` until the user narrows it. */
  window: TimeWindow | null;
  includeUndated: boolean;
  selectedNode: string | null;
  hoveredNode: string | null;
  /** The drawn pair whose interactions the panel lists (drawn node ids: countries in the country view). */
  selectedPair: { source: string; target: string } | null;
  /** Entity types shown (the legend's toggles), in vocabulary order. */
  entityTypes: EntityType[];
  /** Interaction types shown, in vocabulary order. */
  interactionTypes: InteractionType[];
  /** Edges with fewer interactions in the window are hidden. */
  minInteractions: number;
  /** People, organisations and media folded into their countries. */
  countryView: boolean;
  playing: boolean;
  playbackSpeed: PlaybackSpeed;
  playbackStep: PlaybackStep;
}

export type ViewAction =
  | { type: 'graphLoaded'; graphId: string; range: TimeWindow | null; window?: TimeWindow | null }
  | { type: 'windowChanged'; window: TimeWindow }
  | { type: 'windowReset' }
  | { type: 'undatedToggled' }
  | { type: 'nodeSelected'; node: string | null }
  | { type: 'nodeHovered'; node: string | null }
  | { type: 'panelClosed' }
  | { type: 'pairSelected'; pair: { source: string; target: string } | null }
  | { type: 'entityTypeToggled'; entityType: EntityType }
  | { type: 'interactionTypeToggled'; interactionType: InteractionType }
  | { type: 'interactionTypesSet'; interactionTypes: readonly InteractionType[] }
  | { type: 'minInteractionsChanged'; minInteractions: number }
  | { type: 'filtersReset' }
  | { type: 'countryViewToggled' }
  | { type: 'playbackToggled' }
  | { type: 'playbackTicked' }
  | { type: 'playbackSpeedChanged'; speed: PlaybackSpeed }
  | { type: 'playbackStepChanged'; step: PlaybackStep };

/** Undated interactions are included by default: nothing in the bundle is hidden on first load. */
export const INITIAL_VIEW_STATE: ViewState = {
  graphId: null,
  range: null,
  window: null,
  includeUndated: true,
  selectedNode: null,
  hoveredNode: null,
  selectedPair: null,
  entityTypes: [...ENTITY_TYPES],
  interactionTypes: [...INTERACTION_TYPES],
  minInteractions: 1,
  countryView: false,
  playing: false,
  playbackSpeed: 1,
  playbackStep: 'day',
};

/** Toggles `item` in a subset of `all`, keeping the vocabulary's order. */
function toggleIn<T>(subset: readonly T[], item: T, all: readonly T[]): T[] {
  const next = new Set(subset);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return all.filter((value) => next.has(value));
}

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
        selectedPair: null,
        playing: false,
      };
    }
    case 'windowChanged': {
      if (!state.range) return state;
      const window = clampWindow(action.window, state.range);
      if (state.window && state.window.start === window.start && state.window.end === window.end)
        return state;
      // Moving the window by hand takes over from playback.
      return { ...state, window, playing: false };
    }
    case 'windowReset':
      return { ...state, window: state.range, playing: false };
    case 'undatedToggled':
      return { ...state, includeUndated: !state.includeUndated };
    case 'nodeSelected':
      return state.selectedNode === action.node && state.selectedPair === null
        ? state
        : { ...state, selectedNode: action.node, selectedPair: null };
    case 'nodeHovered':
      return state.hoveredNode === action.node ? state : { ...state, hoveredNode: action.node };
    case 'panelClosed':
      return state.selectedNode === null && state.selectedPair === null
        ? state
        : { ...state, selectedNode: null, selectedPair: null };
    case 'pairSelected':
      return { ...state, selectedPair: action.pair };
    case 'entityTypeToggled':
      return { ...state, entityTypes: toggleIn(state.entityTypes, action.entityType, ENTITY_TYPES) };
    case 'interactionTypeToggled':
      return {
        ...state,
        interactionTypes: toggleIn(state.interactionTypes, action.interactionType, INTERACTION_TYPES),
      };
    case 'interactionTypesSet':
      return {
        ...state,
        interactionTypes: INTERACTION_TYPES.filter((type) => action.interactionTypes.includes(type)),
      };
    case 'minInteractionsChanged': {
      const minInteractions = Math.max(1, Math.min(1e6, Math.round(action.minInteractions) || 1));
      return minInteractions === state.minInteractions ? state : { ...state, minInteractions };
    }
    case 'filtersReset':
      return {
        ...state,
        entityTypes: [...ENTITY_TYPES],
        interactionTypes: [...INTERACTION_TYPES],
        minInteractions: 1,
      };
    case 'countryViewToggled':
      // Drawn pairs differ between the two views, so a selected pair does not carry over.
      return { ...state, countryView: !state.countryView, selectedPair: null };
    case 'playbackToggled': {
      if (state.playing) return { ...state, playing: false };
      if (!state.range || !state.window) return state;
      const window = getPlaybackStartWindow(state.window, state.range, state.playbackStep);
      return { ...state, playing: true, window };
    }
    case 'playbackTicked': {
      if (!state.playing || !state.range || !state.window) return state;
      const window = getNextPlaybackWindow(state.window, state.range, state.playbackStep);
      if (!window) return { ...state, playing: false };
      return { ...state, window, playing: window.end < state.range.end };
    }
    case 'playbackSpeedChanged':
      return { ...state, playbackSpeed: action.speed };
    case 'playbackStepChanged':
      return { ...state, playbackStep: action.step };
  }
}
