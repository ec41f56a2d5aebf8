import { describe, expect, it } from 'vitest';
import type { Bundle } from './bundle.ts';
import { createCountryEndpoint, getCountryMembers, getCountryViewEdges } from './country-view.ts';
import { parseDayNumber } from './dates.ts';
import {
  NO_FILTERS,
  compileFilters,
  createIdentityProjection,
  createViewCounter,
  formatHiddenCounts,
  getCounterparts,
  getEntityInteractions,
  getPairInteractions,
  getSparklineBins,
  isFiltering,
  type EdgeProjection,
  type GraphEdges,
  type InteractionFilters,
  type ListingContext,
} from './filters.ts';
import { createTestBundle, indexTestBundle } from './test-bundle.ts';
import type { TimeWindow, TimelineIndex } from './timeline.ts';

const day = parseDayNumber;
const allTime: TimeWindow = { start: -1e9, end: 1e9 };

// xi–putin ×3 (1, 3, 10 Feb), CHN–un (3 Feb, undated), xi–CHN (8 Feb); the 3 Feb xi–putin one is a call.
function createBundle(): Bundle {
  const bundle = createTestBundle();
  const call = bundle.interactions[1];
  if (call) call.type = 'call';
  return bundle;
}

/** The graph's edges and a projection, entity view or folded by `affiliations` (as the app builds them). */
function setup(bundle: Bundle, affiliations?: Map<string, string>) {
  const index = indexTestBundle(bundle);
  const { nodeKeys, pairSources, pairTargets } = index.columns;
  const pairs = index.pairKeys.map((_, pair) => ({
    source: nodeKeys[pairSources[pair] as number] as string,
    target: nodeKeys[pairTargets[pair] as number] as string,
    weight: 1,
  }));
  const folded = getCountryViewEdges(pairs, affiliations ?? new Map());
  const edges: GraphEdges = {
    keys: [...index.pairKeys, ...folded.extraEdges.map((edge) => edge.key)],
    sources: Uint32Array.from([
      ...pairSources,
      ...folded.extraEdges.map((edge) => index.nodeIndex.get(edge.source) as number),
    ]),
    targets: Uint32Array.from([
      ...pairTargets,
      ...folded.extraEdges.map((edge) => index.nodeIndex.get(edge.target) as number),
    ]),
  };
  const members = getCountryMembers(nodeKeys, affiliations ?? new Map());
  const projection: EdgeProjection = affiliations
    ? {
        getEndpoint: createCountryEndpoint(affiliations),
        getMembers: (node) => members.get(node) ?? [node],
        edgeOfPair: folded.edgeOfPair,
      }
    : createIdentityProjection(index);
  return { index, edges, projection };
}

/** The counter's figures as maps keyed by edge and node ids, for readable assertions. */
function getVisibility(
  setupResult: { index: TimelineIndex; edges: GraphEdges; projection: EdgeProjection },
  window: TimeWindow,
  includeUndated: boolean,
  filters: InteractionFilters = NO_FILTERS,
) {
  const { index, edges, projection } = setupResult;
  const visibility = createViewCounter(index, edges, projection).update(
    window,
    includeUndated,
    compileFilters(index, filters),
  );
  const edgeCounts = new Map<string, number>();
  edges.keys.forEach((key, edge) => {
    const count = visibility.getEdgeCount(edge);
    if (count > 0) edgeCounts.set(key, count);
  });
  const nodeDegrees = new Map<string, number>();
  index.columns.nodeKeys.forEach((key, node) => {
    const degree = visibility.getNodeDegree(node);
    if (degree > 0) nodeDegrees.set(key, degree);
  });
  return { ...visibility, edgeCounts, nodeDegrees };
}

describe('the view counter', () => {
  const entities = setup(createBundle());

  it('counts the window: edges, weighted degrees, totals, undated apart', () => {
    const visibility = getVisibility(entities, { start: day('2024-02-03'), end: day('2024-02-08') }, false);
    expect(visibility.interactions).toBe(3);
    expect(visibility.edges).toBe(3);
    expect(visibility.entities).toBe(4);
    expect(visibility.edgeCounts.get('putin|xi')).toBe(1);
    expect(visibility.nodeDegrees.get('xi')).toBe(2);
    expect(visibility.hidden).toEqual({ interactions: 0, edges: 0, entities: 0 });
    const narrow = { start: day('2024-02-10'), end: day('2024-02-10') };
    const included = getVisibility(entities, narrow, true);
    expect([included.interactions, included.undated]).toEqual([2, 1]);
    expect(included.edgeCounts.get('CHN|un')).toBe(1);
    expect(included.visibleByType).toMatchObject({ country: 1, person: 2, organization: 1 });
  });

  it('drops interaction types and says what that hides', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, interactionTypes: ['call'] };
    const visibility = getVisibility(entities, allTime, true, filters);
    expect(visibility.interactions).toBe(1);
    expect([...visibility.edgeCounts]).toEqual([['putin|xi', 1]]);
    expect(visibility.hidden).toEqual({ interactions: 5, edges: 2, entities: 2 });
    // Per-type counts are taken before the filters, so a toggle says what it would bring back.
    expect(visibility.byInteractionType).toMatchObject({ call: 1, meeting: 5, visit: 0 });
  });

  it('drops interactions with an end of a hidden entity type', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, entityTypes: ['person', 'country'] };
    const visibility = getVisibility(entities, allTime, false, filters);
    expect(visibility.nodeDegrees.has('un')).toBe(false);
    expect(visibility.interactions).toBe(4);
  });

  it('hides edges under the minimum, with their interactions and lonely ends', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, minInteractions: 3 };
    const visibility = getVisibility(entities, allTime, true, filters);
    expect([...visibility.edgeCounts]).toEqual([['putin|xi', 3]]);
    expect([...visibility.nodeDegrees.keys()].sort()).toEqual(['putin', 'xi']);
    expect(visibility.hidden).toEqual({ interactions: 3, edges: 2, entities: 2 });
  });

  it('counts the minimum inside the window only', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, minInteractions: 2 };
    const window = { start: day('2024-02-01'), end: day('2024-02-03') };
    expect([...getVisibility(entities, window, false, filters).edgeCounts]).toEqual([['putin|xi', 2]]);
  });

  it('folds people into countries in the country view and counts domestic pairs apart', () => {
    const countries = setup(createBundle(), new Map([['xi', 'CHN']]));
    const visibility = getVisibility(countries, allTime, true);
    expect([...visibility.nodeDegrees.keys()].sort()).toEqual(['CHN', 'putin', 'un']);
    expect(visibility.nodeDegrees.get('CHN')).toBe(5);
    expect(visibility.edgeCounts.get('country-view:CHN|putin')).toBe(3);
    expect(visibility.folded).toBe(1);
    expect(visibility.interactions).toBe(5);
  });
});

describe('interaction listings', () => {
  const bundle = createBundle();
  const ids = (positions: number[]) => positions.map((position) => bundle.interactions[position]?.id);

  function createContext(affiliations?: Map<string, string>, filters = NO_FILTERS): ListingContext {
    const result = setup(bundle, affiliations);
    const compiled = compileFilters(result.index, filters);
    const visibility = createViewCounter(result.index, result.edges, result.projection).update(
      allTime,
      true,
      compiled,
    );
    return {
      index: result.index,
      window: allTime,
      includeUndated: true,
      filters: compiled,
      projection: result.projection,
      visibility,
    };
  }

  it("lists a country's people's interactions in the country view, newest first", () => {
    const listed = getEntityInteractions(createContext(new Map([['xi', 'CHN']])), 'CHN');
    // The domestic xi–CHN meeting draws no edge and is not listed; the undated one comes last.
    expect(ids(listed)).toEqual(['i4', 'i1', 'i2', 'i0', 'i5']);
  });

  it('lists a pair, as filtered', () => {
    expect(ids(getPairInteractions(createContext(), 'xi', 'putin'))).toEqual(['i4', 'i1', 'i0']);
    const calls = createContext(undefined, { ...NO_FILTERS, interactionTypes: ['call'] });
    expect(ids(getPairInteractions(calls, 'putin', 'xi'))).toEqual(['i1']);
  });

  it('ranks counterparts by shared interactions with their days', () => {
    const context = createContext();
    const listed = getEntityInteractions(context, 'xi');
    const counterparts = getCounterparts(context.index, listed, 'xi', context.projection.getEndpoint);
    expect(counterparts.map((c) => [c.node, c.count])).toEqual([
      ['putin', 3],
      ['CHN', 1],
    ]);
    expect(counterparts[0]?.days).toEqual([day('2024-02-10'), day('2024-02-03'), day('2024-02-01')]);
  });
});

describe('getSparklineBins', () => {
  it('bins days inside the window and leaves the rest out', () => {
    const window = { start: 0, end: 9 };
    expect(getSparklineBins([0, 1, 5, 9, 9, 12, -1], window, 5)).toEqual([2, 0, 1, 0, 2]);
  });

  it('puts a one-day window in one bin', () => {
    expect(getSparklineBins([4], { start: 4, end: 4 }, 3)).toEqual([1, 0, 0]);
  });
});

describe('isFiltering and formatHiddenCounts', () => {
  it('knows when filters are off', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, minInteractions: 2 })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, entityTypes: ['country'] })).toBe(true);
  });

  it('says what is hidden, or nothing', () => {
    expect(formatHiddenCounts({ interactions: 0, edges: 0, entities: 0 })).toBeNull();
    expect(formatHiddenCounts({ interactions: 12, edges: 3, entities: 1 })).toBe(
      '12 interactions, 3 edges and 1 entity hidden by filters',
    );
    expect(formatHiddenCounts({ interactions: 1, edges: 0, entities: 0 })).toBe(
      '1 interaction hidden by filters',
    );
  });
});
