import { describe, expect, it } from 'vitest';
import type { Bundle, GraphIndexEntry } from '../graph/bundle.ts';
import { NODE_SIZE_RANGE } from '../graph/appearance.ts';
import { decodeColumns, encodeBundle } from '../graph/bundle-codec.ts';
import { compileFilters, NO_FILTERS } from '../graph/filters.ts';
import { createTestBundle } from '../graph/test-bundle.ts';
import { ALL_TIME, createGraphModel } from './graph-model.ts';
import type { LoadedGraph } from './load-graph.ts';

const entry: GraphIndexEntry = {
  id: 'test',
  title: 'Test',
  file: 'test.json',
  dateRange: null,
  counts: { articles: 0, entities: 0, interactions: 0 },
};

function load(bundle: Bundle): LoadedGraph {
  const { manifest, columns } = encodeBundle(bundle);
  return {
    index: { default: 'test', graphs: [entry] },
    entry,
    manifest,
    columns: decodeColumns(manifest, columns),
    details: {
      getChunkFor: () => null,
      loadChunkFor: () => Promise.reject(new Error('not in this test')),
      loadBundle: () => Promise.resolve(bundle),
    },
    fetchedAt: 0,
    notice: null,
  };
}

describe('createGraphModel', () => {
  it('draws one edge per pair with positions, and the entity type out of sigma’s `type` attribute', () => {
    const model = createGraphModel(load(createTestBundle()));
    expect(model.graph.order).toBe(4);
    expect(model.graph.size).toBe(3);
    const xi = model.graph.getNodeAttributes('xi');
    expect(xi).toMatchObject({ x: 1, y: 0, label: 'Xi Jinping', entityType: 'person' });
    expect('type' in xi).toBe(false);
    expect(model.graph.getEdgeAttributes('putin|xi')).toMatchObject({ weight: 3 });
    const index = model.graph.getEdgeAttribute('putin|xi', 'index');
    expect(model.edges.keys[index]).toBe('putin|xi');
  });

  it('derives the histogram, type totals and a size scale topped by the busiest node', () => {
    const model = createGraphModel(load(createTestBundle()));
    expect(model.unit).toBe('day');
    expect(model.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(5);
    expect(model.totalByType).toEqual({ country: 1, person: 2, organization: 1, media: 0 });
    // xi has four interactions, the most of any node.
    expect(model.getNodeSize(4)).toBe(NODE_SIZE_RANGE[1]);
    expect(model.getNodeSize(1)).toBeLessThan(NODE_SIZE_RANGE[1]);
    expect(model.interactionTypeTotals.meeting).toBe(6);
  });

  it('adds the country view’s own edges, marked, and counts interactions onto them', () => {
    const bundle = createTestBundle();
    const xi = bundle.graph.nodes.find((node) => node.key === 'xi');
    if (xi) xi.attributes.country = 'CHN';
    const model = createGraphModel(load(bundle));
    expect([...model.affiliations]).toEqual([['xi', 'CHN']]);
    // xi–putin becomes CHN–putin, which no article links directly.
    const added = model.graph.edge('CHN', 'putin') as string;
    expect(model.graph.getEdgeAttributes(added)).toMatchObject({ weight: 3, countryView: true });
    expect(model.projections.countries.getMembers('CHN')).toEqual(['CHN', 'xi']);
    const filters = compileFilters(model.timeline, NO_FILTERS);
    const countries = model.getCounter(true).update(ALL_TIME, true, filters);
    const addedIndex = model.graph.getEdgeAttribute(added, 'index');
    expect(countries.getEdgeCount(addedIndex)).toBe(3);
    expect(countries.folded).toBe(1);
    const entities = model.getCounter(false).update(ALL_TIME, true, filters);
    expect(entities.getEdgeCount(addedIndex)).toBe(0);
    expect(entities.interactions).toBe(6);
  });
});
