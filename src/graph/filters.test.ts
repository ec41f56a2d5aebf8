import { describe, expect, it } from 'vitest';
import type { Bundle } from './bundle.ts';
import { createCountryEndpoint, getCountryMembers, getCountryViewEdges } from './country-view.ts';
import { parseDayNumber } from './dates.ts';
import {
  NO_FILTERS,
  createIdentityProjection,
  formatHiddenCounts,
  getCounterparts,
  getEntityInteractions,
  getFilteredVisibility,
  getPairInteractions,
  getSparklineBins,
  isFiltering,
  type EdgeProjection,
  type InteractionFilters,
  type ListingContext,
} from './filters.ts';
import { createTestBundle } from './test-bundle.ts';
import { createTimelineIndex, getVisibility, type TimeWindow } from './timeline.ts';
import type { EntityType } from './vocabulary.ts';

const day = parseDayNumber;
const allTime: TimeWindow = { start: -1e9, end: 1e9 };

// xi–putin ×3 (1, 3, 10 Feb), CHN–un (3 Feb, undated), xi–CHN (8 Feb); the 3 Feb xi–putin one is a call.
function createBundle(): Bundle {
  const bundle = createTestBundle();
  const call = bundle.interactions[1];
  if (call) call.type = 'call';
  return bundle;
}

function setup(bundle = createBundle()) {
  const index = createTimelineIndex(bundle);
  const nodeTypes = new Map<string, EntityType>(
    bundle.graph.nodes.map((node) => [node.key, node.attributes.type]),
  );
  return { index, nodeTypes };
}

function createCountryProjection(bundle: Bundle, affiliations: Map<string, string>): EdgeProjection {
  const edgeKeyByPair = new Map(
    bundle.graph.edges.map((edge) => [
      edge.source < edge.target ? `${edge.source}|${edge.target}` : `${edge.target}|${edge.source}`,
      edge.key,
    ]),
  );
  const members = getCountryMembers(
    bundle.graph.nodes.map((node) => node.key),
    affiliations,
  );
  return {
    getEndpoint: createCountryEndpoint(affiliations),
    getMembers: (node) => members.get(node) ?? [node],
    edgeKeys: getCountryViewEdges(bundle.interactions, affiliations, edgeKeyByPair).edgeKeys,
  };
}

describe('getFilteredVisibility', () => {
  const { index, nodeTypes } = setup();
  const identity = createIdentityProjection(index);

  it('matches the plain window visibility when nothing is filtered', () => {
    const filtered = getFilteredVisibility(index, nodeTypes, allTime, true, NO_FILTERS, identity);
    const plain = getVisibility(index, allTime, true);
    expect(filtered.interactions).toBe(plain.interactions);
    expect([...filtered.edgeCounts]).toEqual([...plain.edgeCounts]);
    expect([...filtered.nodeDegrees].sort()).toEqual([...plain.nodeDegrees].sort());
    expect(filtered.hidden).toEqual({ interactions: 0, edges: 0, entities: 0 });
  });

  it('drops interaction types and says what that hides', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, interactionTypes: ['call'] };
    const visibility = getFilteredVisibility(index, nodeTypes, allTime, true, filters, identity);
    expect(visibility.interactions).toBe(1);
    expect([...visibility.edgeCounts]).toEqual([['e:putin|xi', 1]]);
    expect(visibility.hidden).toEqual({ interactions: 5, edges: 2, entities: 2 });
    // Per-type counts are taken before the filters, so a toggle says what it would bring back.
    expect(visibility.byInteractionType).toMatchObject({ call: 1, meeting: 5, visit: 0 });
  });

  it('drops interactions with an end of a hidden entity type', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, entityTypes: ['person', 'country'] };
    const visibility = getFilteredVisibility(index, nodeTypes, allTime, false, filters, identity);
    expect(visibility.nodeDegrees.has('un')).toBe(false);
    expect(visibility.interactions).toBe(4);
  });

  it('hides edges under the minimum, with their interactions and lonely ends', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, minInteractions: 3 };
    const visibility = getFilteredVisibility(index, nodeTypes, allTime, true, filters, identity);
    expect([...visibility.edgeCounts]).toEqual([['e:putin|xi', 3]]);
    expect([...visibility.nodeDegrees.keys()].sort()).toEqual(['putin', 'xi']);
    expect(visibility.hidden).toEqual({ interactions: 3, edges: 2, entities: 2 });
  });

  it('counts the minimum inside the window only', () => {
    const filters: InteractionFilters = { ...NO_FILTERS, minInteractions: 2 };
    const window = { start: day('2024-02-01'), end: day('2024-02-03') };
    const visibility = getFilteredVisibility(index, nodeTypes, window, false, filters, identity);
    expect([...visibility.edgeCounts]).toEqual([['e:putin|xi', 2]]);
  });

  it('folds people into countries in the country view and counts domestic pairs apart', () => {
    const bundle = createBundle();
    const { index: countryIndex, nodeTypes: types } = setup(bundle);
    const projection = createCountryProjection(bundle, new Map([['xi', 'CHN']]));
    const visibility = getFilteredVisibility(countryIndex, types, allTime, true, NO_FILTERS, projection);
    expect([...visibility.nodeDegrees.keys()].sort()).toEqual(['CHN', 'putin', 'un']);
    expect(visibility.nodeDegrees.get('CHN')).toBe(5);
    expect(visibility.folded).toBe(1);
    expect(visibility.interactions).toBe(5);
  });
});

describe('interaction listings', () => {
  const bundle = createBundle();
  const { index, nodeTypes } = setup(bundle);

  function createContext(projection: EdgeProjection, filters = NO_FILTERS): ListingContext {
    const visibility = getFilteredVisibility(index, nodeTypes, allTime, true, filters, projection);
    return { index, nodeTypes, window: allTime, includeUndated: true, filters, projection, visibility };
  }

  it("lists a country's people's interactions in the country view, newest first", () => {
    const context = createContext(createCountryProjection(bundle, new Map([['xi', 'CHN']])));
    const listed = getEntityInteractions(context, 'CHN').map((interaction) => interaction.id);
    // The domestic xi–CHN meeting draws no edge and is not listed; the undated one comes last.
    expect(listed).toEqual(['i4', 'i1', 'i2', 'i0', 'i5']);
  });

  it('lists a pair, as filtered', () => {
    const identity = createIdentityProjection(index);
    expect(getPairInteractions(createContext(identity), 'xi', 'putin').map((i) => i.id)).toEqual([
      'i4',
      'i1',
      'i0',
    ]);
    const calls = createContext(identity, { ...NO_FILTERS, interactionTypes: ['call'] });
    expect(getPairInteractions(calls, 'putin', 'xi').map((i) => i.id)).toEqual(['i1']);
  });

  it('ranks counterparts by shared interactions with their days', () => {
    const identity = createIdentityProjection(index);
    const listed = getEntityInteractions(createContext(identity), 'xi');
    const counterparts = getCounterparts(listed, 'xi', identity.getEndpoint);
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
