import { describe, expect, it } from 'vitest';
import { INITIAL_VIEW_STATE, reduceViewState, type ViewState } from './view-state.ts';

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

describe('reduceViewState: filters, pairs, country view and playback', () => {
  it('toggles types in vocabulary order and resets them', () => {
    let state = reduceViewState(loaded, { type: 'entityTypeToggled', entityType: 'person' });
    expect(state.entityTypes).toEqual(['country', 'organization', 'media']);
    state = reduceViewState(state, { type: 'entityTypeToggled', entityType: 'person' });
    expect(state.entityTypes).toEqual(['country', 'person', 'organization', 'media']);
    state = reduceViewState(state, { type: 'interactionTypeToggled', interactionType: 'call' });
    expect(state.interactionTypes).not.toContain('call');
    state = reduceViewState(state, { type: 'interactionTypesSet', interactionTypes: ['visit', 'call'] });
    expect(state.interactionTypes).toEqual(['visit', 'call']);
    state = reduceViewState(state, { type: 'minInteractionsChanged', minInteractions: 0 });
    expect(state.minInteractions).toBe(1);
    state = reduceViewState(state, { type: 'minInteractionsChanged', minInteractions: 3.4 });
    expect(state.minInteractions).toBe(3);
    state = reduceViewState(state, { type: 'filtersReset' });
    expect(state).toMatchObject({
      minInteractions: 1,
      interactionTypes: INITIAL_VIEW_STATE.interactionTypes,
    });
  });

  it('selects a pair apart from a node; Escape (panelClosed) clears both', () => {
    let state = reduceViewState(loaded, { type: 'nodeSelected', node: 'xi' });
    state = reduceViewState(state, { type: 'pairSelected', pair: { source: 'xi', target: 'putin' } });
    expect(state.selectedPair).toEqual({ source: 'xi', target: 'putin' });
    state = reduceViewState(state, { type: 'panelClosed' });
    expect(state).toMatchObject({ selectedNode: null, selectedPair: null });
  });

  it('drops a selected pair when the view switches to countries', () => {
    let state = reduceViewState(loaded, { type: 'pairSelected', pair: { source: 'a', target: 'b' } });
    state = reduceViewState(state, { type: 'countryViewToggled' });
    expect(state).toMatchObject({ countryView: true, selectedPair: null });
  });

  it('plays the window through the range and stops at its end', () => {
    let state = reduceViewState(loaded, { type: 'playbackToggled' });
    expect(state.playing).toBe(true);
    expect(state.window).toEqual({ start: 100, end: 103 });
    state = reduceViewState(state, { type: 'playbackTicked' });
    expect(state.window).toEqual({ start: 101, end: 104 });
    let ticks = 0;
    while (state.playing && ticks < 100) {
      state = reduceViewState(state, { type: 'playbackTicked' });
      ticks++;
    }
    expect(state.window).toEqual({ start: 117, end: 120 });
    expect(ticks).toBe(16);
  });

  it('pauses when the window is moved by hand', () => {
    const playing = reduceViewState(loaded, { type: 'playbackToggled' });
    const moved = reduceViewState(playing, { type: 'windowChanged', window: { start: 110, end: 112 } });
    expect(moved.playing).toBe(false);
    expect(reduceViewState(moved, { type: 'playbackTicked' })).toBe(moved);
  });
});
