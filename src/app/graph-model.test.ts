import { describe, expect, it } from 'vitest';
import type { GraphIndexEntry } from '../graph/bundle.ts';
import { NODE_SIZE_RANGE } from '../graph/appearance.ts';
import { createTestBundle } from '../graph/test-bundle.ts';
import { createGraphModel, toEntityGraph } from './graph-model.ts';

const entry: GraphIndexEntry = {
  id: 'test',
  title: 'Test',
  file: 'test.json',
  dateRange: null,
  counts: { articles: 0, entities: 0, interactions: 0 },
};

describe('toEntityGraph', () => {
  it('keeps positions and moves the entity type out of sigma’s `type` attribute', () => {
    const graph = toEntityGraph(createTestBundle());
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    const xi = graph.getNodeAttributes('xi');
    expect(xi).toMatchObject({ x: 1, y: 0, label: 'Xi Jinping', entityType: 'person' });
    expect('type' in xi).toBe(false);
    expect(graph.getEdgeAttribute('e:putin|xi', 'weight')).toBe(1);
  });
});

describe('createGraphModel', () => {
  it('derives the histogram, type totals and a size scale topped by the busiest node', () => {
    const bundle = createTestBundle();
    const model = createGraphModel({
      index: { default: 'test', graphs: [entry] },
      entry,
      bundle,
      notice: null,
    });
    expect(model.unit).toBe('day');
    expect(model.histogram.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(5);
    expect(model.totalByType).toEqual({ country: 1, person: 2, organization: 1, media: 0 });
    // xi has four interactions, the most of any node.
    expect(model.getNodeSize(4)).toBe(NODE_SIZE_RANGE[1]);
    expect(model.getNodeSize(1)).toBeLessThan(NODE_SIZE_RANGE[1]);
    expect(model.articles.get('a-undated')?.date).toBeNull();
  });

  it('adds the country view’s own edges, marked, and projects interactions onto them', () => {
    const bundle = createTestBundle();
    const xi = bundle.graph.nodes.find((node) => node.key === 'xi');
    if (xi) xi.attributes.country = 'CHN';
    const model = createGraphModel({
      index: { default: 'test', graphs: [entry] },
      entry,
      bundle,
      notice: null,
    });
    expect([...model.affiliations]).toEqual([['xi', 'CHN']]);
    // xi–putin becomes CHN–putin, which no article links directly.
    expect(model.graph.hasEdge('CHN', 'putin')).toBe(true);
    const added = model.graph.edge('CHN', 'putin') as string;
    expect(model.graph.getEdgeAttributes(added)).toEqual({ weight: 3, countryView: true });
    expect(model.projections.countries.edgeKeys).toEqual([added, added, 'e:CHN|un', null, added, 'e:CHN|un']);
    expect(model.projections.countries.getMembers('CHN')).toEqual(['CHN', 'xi']);
    expect(model.projections.entities.edgeKeys).toEqual(model.timeline.edgeKeys);
    expect(model.interactionTypeTotals.meeting).toBe(6);
  });
});
