import { describe, expect, it } from 'vitest';
import { parseBundle } from './bundle.ts';
import { toCsvTables } from './csv.ts';
import { parseDayNumber } from './dates.ts';
import { createTestBundle } from './test-bundle.ts';
import { getSourceCounts } from './bundle-codec.ts';
import { getCreditLine, getExportFileName, getViewBundle, getViewInteractions } from './view-export.ts';
import { ENTITY_TYPES, INTERACTION_TYPES } from './vocabulary.ts';

const bundle = createTestBundle();
const window = { start: parseDayNumber('2024-02-01'), end: parseDayNumber('2024-02-03') };
const inWindow = (includeUndated: boolean) =>
  getViewInteractions(bundle.interactions, () => 'person', {
    window,
    includeUndated,
    entityTypes: ['person'],
    interactionTypes: [...INTERACTION_TYPES],
    minInteractions: 1,
  });

describe('getViewInteractions: the window', () => {
  it('keeps dated interactions inside the window and undated ones only when asked', () => {
    const dated = inWindow(false);
    for (const interaction of dated) {
      const day = parseDayNumber(interaction.date as string);
      expect(day).toBeGreaterThanOrEqual(window.start);
      expect(day).toBeLessThanOrEqual(window.end);
    }
    expect(dated).toHaveLength(3);
    expect(inWindow(true)).toHaveLength(4);
  });
});

describe('getViewBundle', () => {
  it('cuts the bundle down to the interactions given, and stays a valid bundle', () => {
    const interactions = inWindow(false);
    expect(interactions.length).toBeGreaterThan(0);
    expect(interactions.length).toBeLessThan(bundle.interactions.length);
    const view = getViewBundle(bundle, interactions);
    expect(() => parseBundle(view)).not.toThrow();
    expect(view.interactions).toHaveLength(interactions.length);
    const ends = new Set(interactions.flatMap((interaction) => [interaction.source, interaction.target]));
    expect(new Set(view.graph.nodes.map((node) => node.key))).toEqual(ends);
    expect(view.graph.edges.reduce((sum, edge) => sum + edge.attributes.weight, 0)).toBe(interactions.length);
    expect(view.meta.counts.interactions).toBe(interactions.length);
    const tables = toCsvTables(view);
    expect(tables.interactions.split('\r\n')[0]).toBe('source,target,date,type,article,evidence');
    expect(tables.interactions.trim().split('\r\n')).toHaveLength(interactions.length + 1);
  });

  it('gives an empty but valid bundle for no interactions', () => {
    const view = getViewBundle(bundle, []);
    expect(view.graph.nodes).toEqual([]);
    expect(view.meta.dateRange).toBeNull();
    expect(() => parseBundle(view)).not.toThrow();
  });
});

describe('getExportFileName', () => {
  it('names the graph and the window', () => {
    const feb = { start: parseDayNumber('2024-02-01'), end: parseDayNumber('2024-02-10') };
    expect(getExportFileName('seeds', feb, 'png')).toBe('seeds_2024-02-01_2024-02-10.png');
    expect(getExportFileName('seeds', feb, 'csv', 'nodes')).toBe('seeds_2024-02-01_2024-02-10_nodes.csv');
    expect(getExportFileName('seeds', null, 'gexf')).toBe('seeds_all.gexf');
    expect(getExportFileName('../<x>', null, 'png')).toBe('x_all.png');
  });
});

describe('getViewInteractions', () => {
  const types = new Map(bundle.graph.nodes.map((node) => [node.key, node.attributes.type]));
  const all = {
    window: { start: parseDayNumber('2024-02-01'), end: parseDayNumber('2024-02-10') },
    includeUndated: true,
    entityTypes: [...ENTITY_TYPES],
    interactionTypes: [...INTERACTION_TYPES],
    minInteractions: 1,
  };

  it('keeps everything with no filter, and applies each filter', () => {
    const get = (filters: Partial<typeof all>) =>
      getViewInteractions(bundle.interactions, (node) => types.get(node), { ...all, ...filters });
    expect(get({})).toHaveLength(bundle.interactions.length);
    expect(get({ entityTypes: ['person'] }).map((interaction) => interaction.id)).toEqual(['i0', 'i1', 'i4']);
    expect(get({ interactionTypes: ['call'] })).toEqual([]);
    expect(get({ minInteractions: 3 }).every((interaction) => interaction.source === 'xi')).toBe(true);
    expect(get({ minInteractions: 3 })).toHaveLength(3);
  });
});

describe('getCreditLine', () => {
  const article = (source: string | null) => ({ source });
  it('names the two commonest sources and counts the rest', () => {
    const articles = ['Reuters', 'Xinhua', 'Reuters', 'TASS', 'NRK', null, ' '].map(article);
    const credit = (list: { source: string | null }[]) => getCreditLine(list.length, getSourceCounts(list));
    expect(credit(articles)).toBe('Data: 7 articles from Reuters, NRK and 2 more');
    expect(credit([article('AP')])).toBe('Data: 1 article from AP');
    expect(credit([article(null)])).toBe('Data: 1 article');
  });
});
