import { describe, expect, it } from 'vitest';
import { parseDayNumber } from './dates.ts';
import {
  INITIAL_VIEW_STATE,
  getWindowFromParams,
  reduceViewState,
  setWindowParams,
  type ViewState,
} from './view-state.ts';

const range = { start: 100, end: 120 };
const loaded: ViewState = reduceViewState(INITIAL_VIEW_STATE, {
  type: 'graphLoaded',
  graphId: 'seeds',
  range,
});

describe('reduceViewState', () => {
  it('opens a graph on its whole range with nothing selected', () => {
    const busy = { ...loaded, selectedNode: 'xi', hoveredNode: 'putin' };
    const next = reduceViewState(busy, {
      type: 'graphLoaded',
      graphId: 'other',
      range: { start: 5, end: 9 },
    });
    expect(next).toMatchObject({
      graphId: 'other',
      window: { start: 5, end: 9 },
      selectedNode: null,
      hoveredNode: null,
    });
  });

  it('clamps a changed window into the range and resets it', () => {
    const narrowed = reduceViewState(loaded, { type: 'windowChanged', window: { start: 90, end: 105 } });
    expect(narrowed.window).toEqual({ start: 100, end: 105 });
    expect(reduceViewState(narrowed, { type: 'windowReset' }).window).toEqual(range);
  });

  it('returns the same state for a window that does not change', () => {
    expect(reduceViewState(loaded, { type: 'windowChanged', window: range })).toBe(loaded);
  });

  it('ignores window changes while no dated graph is loaded', () => {
    expect(reduceViewState(INITIAL_VIEW_STATE, { type: 'windowChanged', window: range })).toBe(
      INITIAL_VIEW_STATE,
    );
  });

  it('selects, hovers and closes the panel', () => {
    const selected = reduceViewState(loaded, { type: 'nodeSelected', node: 'xi' });
    expect(selected.selectedNode).toBe('xi');
    expect(reduceViewState(selected, { type: 'nodeHovered', node: 'putin' }).hoveredNode).toBe('putin');
    expect(reduceViewState(selected, { type: 'panelClosed' }).selectedNode).toBeNull();
  });

  it('includes undated interactions by default and toggles them', () => {
    expect(loaded.includeUndated).toBe(true);
    expect(reduceViewState(loaded, { type: 'undatedToggled' }).includeUndated).toBe(false);
  });
});

describe('window URL parameters', () => {
  it('reads a window, clamped into the range, and ignores unreadable dates', () => {
    const feb = { start: parseDayNumber('2024-02-01'), end: parseDayNumber('2024-02-21') };
    const read = (query: string) => getWindowFromParams(new URLSearchParams(query), feb);
    expect(read('from=2024-02-05&to=2024-03-30')).toEqual({
      start: parseDayNumber('2024-02-05'),
      end: feb.end,
    });
    expect(read('to=2024-02-10')).toEqual({ start: feb.start, end: parseDayNumber('2024-02-10') });
    expect(read('from=yesterday')).toBeNull();
    expect(getWindowFromParams(new URLSearchParams('from=2024-02-05'), null)).toBeNull();
  });

  it('writes a narrowed window and clears a full one', () => {
    const params = new URLSearchParams('graph=seeds');
    setWindowParams(params, { start: 100, end: 105 }, range);
    expect(params.toString()).toBe('graph=seeds&from=1970-04-11&to=1970-04-16');
    setWindowParams(params, range, range);
    expect(params.toString()).toBe('graph=seeds');
  });
});
