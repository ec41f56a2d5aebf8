import { describe, expect, it } from 'vitest';
import { BundleError, parseBundle, parseGraphIndex, pairKey } from './bundle.ts';

function createBundle(): Record<string, unknown> {
  return {
    format: 'entente-bundle',
    version: 1,
    meta: {
      id: 'tiny',
      title: 'Tiny',
      createdWith: 'entente test',
      dateRange: { start: '2024-02-08', end: '2024-02-08' },
      counts: {
        articles: 1,
        undatedArticles: 0,
        entities: 2,
        entitiesByType: { person: 2 },
        interactions: 1,
        edges: 1,
        communities: 1,
      },
      layout: { algorithm: 'forceatlas2', iterations: 10, seed: 1 },
      report: { read: 1, used: 1, skipped: 0, skippedByReason: {}, articles: [], problems: [] },
    },
    graph: {
      attributes: {},
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes: [
        {
          key: 'person:a',
          attributes: {
            label: 'A',
            type: 'person',
            aliases: [],
            mentions: 1,
            articles: 1,
            x: 0,
            y: 0,
            community: 0,
          },
        },
        {
          key: 'person:b',
          attributes: {
            label: 'B',
            type: 'person',
            aliases: [],
            mentions: 1,
            articles: 1,
            x: 1,
            y: 1,
            community: 0,
          },
        },
      ],
      edges: [
        { key: 'person:a|person:b', source: 'person:a', target: 'person:b', attributes: { weight: 1 } },
      ],
    },
    articles: [{ id: 'x1', title: 'T', date: '2024-02-08', source: null, url: null, file: 'f.txt', line: 1 }],
    interactions: [
      {
        id: 'i1',
        source: 'person:a',
        target: 'person:b',
        directed: false,
        type: 'meeting',
        date: '2024-02-08',
        article: 'x1',
        evidence: 'A met B.',
        sourceSpan: [0, 1],
        targetSpan: [6, 7],
      },
    ],
    mentions: [{ article: 'x1', node: 'person:a', count: 1 }],
  };
}

describe('parseBundle', () => {
  it('accepts a valid bundle', () => {
    expect(parseBundle(createBundle()).meta.id).toBe('tiny');
  });

  it('rejects what is not an object or not an Entente bundle', () => {
    expect(() => parseBundle(null)).toThrow(/not a bundle/);
    expect(() => parseBundle([])).toThrow(/not a bundle/);
    expect(() => parseBundle({ format: 'gexf' })).toThrow(/not an Entente bundle/);
  });

  it('names the unsupported version and says how to rebuild', () => {
    const bundle = { ...createBundle(), version: 99 };
    expect(() => parseBundle(bundle)).toThrow(/unsupported bundle version 99.*entente build/);
  });

  it('names the path of an invalid field', () => {
    const bundle = createBundle();
    (bundle.articles as { date: string }[])[0]!.date = '8 Feb 2024';
    try {
      parseBundle(bundle);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(BundleError);
      expect((error as Error).message).toMatch(/articles\.0\.date/);
    }
  });

  it('rejects dangling node and article references', () => {
    const dangling = createBundle();
    (dangling.interactions as { target: string }[])[0]!.target = 'person:ghost';
    expect(() => parseBundle(dangling)).toThrow(/unknown node "person:ghost"/);
    const noArticle = createBundle();
    (noArticle.mentions as { article: string }[])[0]!.article = 'nope';
    expect(() => parseBundle(noArticle)).toThrow(/unknown article "nope"/);
  });

  it('rejects an interaction whose pair has no edge', () => {
    const bundle = createBundle();
    (bundle.graph as { edges: unknown[] }).edges = [];
    expect(() => parseBundle(bundle)).toThrow(/no graph edge/);
  });
});

describe('parseGraphIndex', () => {
  const entry = {
    id: 'seeds',
    title: 'Seeds',
    file: 'seeds.json',
    dateRange: null,
    counts: { articles: 1, entities: 1, interactions: 0 },
  };

  it('accepts an index whose default is listed', () => {
    expect(parseGraphIndex({ default: 'seeds', graphs: [entry] }).graphs).toHaveLength(1);
  });

  it('rejects a default that is not listed and a file outside data/graphs', () => {
    expect(() => parseGraphIndex({ default: 'other', graphs: [entry] })).toThrow(/not listed/);
    expect(() =>
      parseGraphIndex({ default: 'seeds', graphs: [{ ...entry, file: '../secret.json' }] }),
    ).toThrow(/graphs\.0\.file/);
  });
});

describe('pairKey', () => {
  it('is the same whichever end comes first', () => {
    expect(pairKey('b', 'a')).toBe(pairKey('a', 'b'));
  });
});
