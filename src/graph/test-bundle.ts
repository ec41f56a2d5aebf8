// A small valid bundle for the unit tests of the pure view logic: four entities, three edges and six
// interactions over 1–10 Feb 2024, one of them undated.
import { parseBundle, type Bundle, type BundleInteraction } from './bundle.ts';
import { decodeColumns, encodeBundle } from './bundle-codec.ts';
import { createTimelineIndex, type TimelineIndex } from './timeline.ts';

type Pair = [string, string, string | null];

export function createTestBundle(pairs: Pair[] = DEFAULT_PAIRS): Bundle {
  const node = (key: string, label: string, type: string, x: number, y: number) => ({
    key,
    attributes: { label, type, aliases: [], mentions: 1, articles: 1, x, y, community: 0 },
  });
  const nodes = [
    node('CHN', 'China', 'country', 0, 0),
    node('xi', 'Xi Jinping', 'person', 1, 0),
    node('putin', 'Vladimir Putin', 'person', 0, 1),
    node('un', 'United Nations', 'organization', 1, 1),
  ];
  const edgeKeys = new Map<string, [string, string]>();
  for (const [a, b] of pairs) edgeKeys.set(a < b ? `${a}|${b}` : `${b}|${a}`, [a, b]);
  const interactions: BundleInteraction[] = pairs.map(([source, target, date], index) => ({
    id: `i${index}`,
    source,
    target,
    directed: false,
    type: 'meeting',
    date,
    article: date ? `a-${date}` : 'a-undated',
    evidence: `${source} met ${target}.`,
    sourceSpan: [0, source.length],
    targetSpan: [source.length + 5, source.length + 5 + target.length],
  }));
  const articleIds = [...new Set(interactions.map((interaction) => interaction.article))];
  return parseBundle({
    format: 'entente-bundle',
    version: 1,
    meta: {
      id: 'test',
      title: 'Test',
      createdWith: 'test',
      dateRange: { start: '2024-02-01', end: '2024-02-10' },
      counts: {
        articles: articleIds.length,
        undatedArticles: 1,
        entities: nodes.length,
        entitiesByType: {},
        interactions: interactions.length,
        edges: edgeKeys.size,
        communities: 1,
      },
      layout: { algorithm: 'none', iterations: 0, seed: 1 },
      report: { read: 0, used: 0, skipped: 0, skippedByReason: {}, articles: [], problems: [] },
    },
    graph: {
      attributes: { title: 'Test' },
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes,
      // As the pipeline writes them: keyed by the pair, ends in key order, weighted by interactions.
      edges: [...edgeKeys].map(([key, [a, b]]) => ({
        key,
        source: a < b ? a : b,
        target: a < b ? b : a,
        attributes: {
          weight: pairs.filter(([x, y]) => (x < y ? `${x}|${y}` : `${y}|${x}`) === key).length,
        },
      })),
    },
    articles: articleIds.map((id) => ({
      id,
      title: id,
      date: id === 'a-undated' ? null : id.slice(2),
      source: null,
      url: null,
      file: 'test.txt',
      line: 1,
    })),
    interactions,
    mentions: [],
  });
}

const DEFAULT_PAIRS: Pair[] = [
  ['xi', 'putin', '2024-02-01'],
  ['xi', 'putin', '2024-02-03'],
  ['CHN', 'un', '2024-02-03'],
  ['xi', 'CHN', '2024-02-08'],
  ['xi', 'putin', '2024-02-10'],
  ['CHN', 'un', null],
];

/** The bundle as the app holds it: encoded to columns (as a version 2 bundle is stored) and indexed. */
export function indexTestBundle(bundle: Bundle = createTestBundle()): TimelineIndex {
  const { manifest, columns } = encodeBundle(bundle);
  return createTimelineIndex(decodeColumns(manifest, columns), bundle.meta.dateRange);
}
