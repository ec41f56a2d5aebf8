// The shareable view state as URL query parameters, in one table of fields: each field knows its
// parameter name, how to read it (anything malformed is dropped with a warning, never thrown or shown)
// and how to write it. Adding a field to the share link is one line in URL_FIELDS.
import type { Theme } from './appearance.ts';
import { parseDayNumber, toIsoDate } from './dates.ts';
import type { TimeWindow } from './timeline.ts';
import type { ViewAction, ViewState } from './view-state.ts';
import { ENTITY_TYPES, INTERACTION_TYPES } from './vocabulary.ts';

/** One query parameter: `read` returns undefined for a malformed value, `write` null to leave it out. */
interface UrlField<T> {
  read(value: string): T | undefined;
  write(value: T): string | null;
}

const MAX_PARAM_LENGTH = 512;
const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

const idField: UrlField<string> = {
  read: (value) => (value.length <= 200 && ID_PATTERN.test(value) ? value : undefined),
  write: (value) => value,
};

const isoDateField: UrlField<string> = {
  read: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
    try {
      return toIsoDate(parseDayNumber(value)) === value ? value : undefined;
    } catch {
      return undefined;
    }
  },
  write: (value) => value,
};

const flagField: UrlField<boolean> = {
  read: (value) =>
    value === '1' || value === 'true' ? true : value === '0' || value === 'false' ? false : undefined,
  write: (value) => (value ? '1' : '0'),
};

function createChoiceField<T extends string>(choices: readonly T[]): UrlField<T> {
  return {
    read: (value) => ((choices as readonly string[]).includes(value) ? (value as T) : undefined),
    write: (value) => value,
  };
}

/** A comma-separated subset of `choices`; every item must be known, or the whole parameter is dropped. */
function createSubsetField<T extends string>(choices: readonly T[]): UrlField<T[]> {
  return {
    read: (value) => {
      const items = value === '' ? [] : value.split(',');
      if (!items.every((item) => (choices as readonly string[]).includes(item))) return undefined;
      return [...new Set(items as T[])];
    },
    write: (value) => value.join(','),
  };
}

const countField: UrlField<number> = {
  read: (value) => (/^\d{1,6}$/.test(value) ? Number(value) : undefined),
  write: (value) => String(value),
};

/** An http(s) origin such as `https://news.example`; anything with a path, user or other scheme is refused. */
const originField: UrlField<string> = {
  read: (value) => {
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      return url.origin === value.replace(/\/$/, '') ? url.origin : undefined;
    } catch {
      return undefined;
    }
  },
  write: (value) => value,
};

export const URL_FIELDS = {
  graph: idField,
  from: isoDateField,
  to: isoDateField,
  node: idField,
  undated: flagField,
  theme: createChoiceField(['light', 'dark'] as const),
  types: createSubsetField(ENTITY_TYPES),
  interactions: createSubsetField(INTERACTION_TYPES),
  min: countField,
  countries: flagField,
  embed: flagField,
  origin: originField,
};

type FieldValue<F> = F extends UrlField<infer T> ? T : never;
export type UrlState = { [K in keyof typeof URL_FIELDS]?: FieldValue<(typeof URL_FIELDS)[K]> };
export type UrlStateKey = keyof UrlState;

const FIELD_NAMES = Object.keys(URL_FIELDS) as UrlStateKey[];

function isFieldName(name: string): name is UrlStateKey {
  return Object.hasOwn(URL_FIELDS, name);
}

/**
 * Reads the known fields from a query string. Unknown, repeated or malformed parameters are reported to
 * `onWarning` (console.warn by default) and ignored, so a bad link still opens the page.
 */
export function fromUrlParams(
  params: URLSearchParams,
  onWarning: (message: string) => void = (message) => console.warn(message),
): UrlState {
  const state: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const shownName = JSON.stringify(name.slice(0, 40));
    if (!isFieldName(name)) {
      onWarning(`entente/url-state: ignored unknown parameter ${shownName}.`);
      continue;
    }
    if (seen.has(name)) {
      onWarning(`entente/url-state: ignored repeated parameter ${shownName}.`);
      continue;
    }
    seen.add(name);
    const field = URL_FIELDS[name] as UrlField<unknown>;
    const parsed = value.length <= MAX_PARAM_LENGTH ? field.read(value) : undefined;
    if (parsed === undefined) {
      onWarning(
        `entente/url-state: ignored malformed parameter ${shownName} = ${JSON.stringify(value.slice(0, 60))}.`,
      );
      continue;
    }
    state[name] = parsed;
  }
  return state as UrlState;
}

/** Writes the state as query parameters, in the fixed order of URL_FIELDS so links stay stable. */
export function toUrlParams(state: UrlState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FIELD_NAMES) {
    const value = state[name];
    if (value === undefined) continue;
    const written = (URL_FIELDS[name] as UrlField<unknown>).write(value);
    if (written !== null) params.set(name, written);
  }
  return params;
}

/** The window named by `from`/`to`, each end defaulting to the range's; null without a range. */
export function getUrlWindow(state: UrlState, range: TimeWindow | null): TimeWindow | null {
  if (!range || (state.from === undefined && state.to === undefined)) return null;
  const start = state.from === undefined ? range.start : parseDayNumber(state.from);
  const end = state.to === undefined ? range.end : parseDayNumber(state.to);
  if (start > end) return null;
  return { start: Math.max(range.start, start), end: Math.min(range.end, end) };
}

/** `from`/`to` for a window, left out when it covers the whole range. */
export function toUrlWindow(
  window: TimeWindow | null,
  range: TimeWindow | null,
): Pick<UrlState, 'from' | 'to'> {
  if (!window || !range || (window.start === range.start && window.end === range.end)) return {};
  return { from: toIsoDate(window.start), to: toIsoDate(window.end) };
}

/** The part of the view worth sharing, as URL state; defaults are left out so links stay short. */
export function getUrlStateFromView(view: ViewState, theme: Theme | null): UrlState {
  const state: UrlState = { ...toUrlWindow(view.window, view.range) };
  if (view.graphId !== null) state.graph = view.graphId;
  if (view.selectedNode !== null) state.node = view.selectedNode;
  if (!view.includeUndated) state.undated = false;
  if (theme !== null) state.theme = theme;
  if (view.entityTypes.length < ENTITY_TYPES.length) state.types = [...view.entityTypes];
  if (view.interactionTypes.length < INTERACTION_TYPES.length)
    state.interactions = [...view.interactionTypes];
  if (view.minInteractions > 1) state.min = view.minInteractions;
  if (view.countryView) state.countries = true;
  return state;
}

/**
 * The view actions that bring a freshly loaded graph to the shared state (after `graphLoaded`, which
 * sets the window). A node the graph does not have is skipped with a warning.
 */
export function getUrlStateActions(
  state: UrlState,
  hasNode: (node: string) => boolean,
  onWarning: (message: string) => void = (message) => console.warn(message),
): ViewAction[] {
  const actions: ViewAction[] = [];
  if (state.undated === false) actions.push({ type: 'undatedToggled' });
  if (state.types) {
    for (const entityType of ENTITY_TYPES)
      if (!state.types.includes(entityType)) actions.push({ type: 'entityTypeToggled', entityType });
  }
  if (state.interactions) actions.push({ type: 'interactionTypesSet', interactionTypes: state.interactions });
  if (state.min !== undefined) actions.push({ type: 'minInteractionsChanged', minInteractions: state.min });
  if (state.countries) actions.push({ type: 'countryViewToggled' });
  if (state.node !== undefined) {
    if (hasNode(state.node)) actions.push({ type: 'nodeSelected', node: state.node });
    else
      onWarning(`entente/url-state: ignored "node": this graph has no entity ${JSON.stringify(state.node)}.`);
  }
  return actions;
}
