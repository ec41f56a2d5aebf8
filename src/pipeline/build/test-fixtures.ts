// Small, hand-made stage records for unit tests of the build stage (two articles about a phone call and
// a visit), so build tests do not depend on the extraction rules of the day.
import type { ArticleExtraction, SourceArticle } from '../types.ts';
import type { EntityResolution, ResolvedEntityRecord } from './assemble-bundle.ts';

export const fixtureArticles: SourceArticle[] = [
  {
    id: 'a1',
    title: 'Xi and Putin hold phone call',
    text: 'Chinese President Xi Jinping held a phone call with Vladimir Putin.',
    date: '2024-02-08',
    dateOrigin: 'dateline',
    source: 'Xinhua',
    url: 'https://example.org/a1',
    file: 'corpus/page.txt',
    line: 1,
  },
  {
    id: 'a2',
    title: 'Eide visits Beijing',
    text: 'Norwegian Foreign Minister Espen Barth Eide met Wang Yi. No date is given, "quoted", here.',
    date: null,
    dateOrigin: 'none',
    source: null,
    url: null,
    file: 'corpus/page.txt',
    line: 20,
  },
  {
    id: 'a3',
    title: 'Nothing to see',
    text: 'The weather was fine.',
    date: '2024-02-01',
    dateOrigin: 'text',
    source: null,
    url: null,
    file: 'corpus/other.txt',
    line: 1,
  },
];

export const fixtureExtractions: ArticleExtraction[] = [
  {
    articleId: 'a1',
    entities: [],
    mentions: [
      { key: 'country:CHN', start: 0, end: 7 },
      { key: 'person:xi', start: 18, end: 28 },
      { key: 'person:vladimir-putin', start: 52, end: 66 },
    ],
    interactions: [
      {
        source: 'person:xi',
        target: 'person:vladimir-putin',
        directed: true,
        type: 'call',
        evidence: 'Chinese President Xi Jinping held a phone call with Vladimir Putin.',
        sourceSpan: [18, 28],
        targetSpan: [52, 66],
      },
    ],
  },
  {
    articleId: 'a2',
    entities: [],
    mentions: [
      { key: 'person:espen-barth-eide', start: 27, end: 43 },
      { key: 'person:wang-yi', start: 48, end: 55 },
      { key: 'country:NOR', start: 0, end: 9 },
    ],
    interactions: [
      {
        source: 'person:espen-barth-eide',
        target: 'person:wang-yi',
        directed: true,
        type: 'meeting',
        evidence: 'Norwegian Foreign Minister Espen Barth Eide met Wang Yi.',
        sourceSpan: [27, 43],
        targetSpan: [48, 55],
      },
    ],
  },
  { articleId: 'a3', entities: [], mentions: [], interactions: [] },
];

function entity(
  record: Omit<ResolvedEntityRecord, 'aliases'> & { aliases?: string[] },
): ResolvedEntityRecord {
  return { aliases: [], ...record };
}

export function createFixtureResolution(): EntityResolution {
  const entities = new Map<string, ResolvedEntityRecord>(
    [
      entity({
        key: 'country:CHN',
        type: 'country',
        label: 'China',
        code: 'CHN',
        aliases: ['Chinese'],
        mentions: 1,
        articles: 1,
      }),
      entity({
        key: 'country:NOR',
        type: 'country',
        label: 'Norway',
        code: 'NOR',
        aliases: ['Norwegian'],
        mentions: 1,
        articles: 1,
      }),
      entity({ key: 'country:RUS', type: 'country', label: 'Russia', code: 'RUS', mentions: 0, articles: 0 }),
      entity({
        key: 'person:xi-jinping',
        type: 'person',
        label: 'Xi Jinping',
        aliases: ['Xi'],
        role: 'President',
        country: 'country:CHN',
        mentions: 1,
        articles: 1,
      }),
      entity({
        key: 'person:vladimir-putin',
        type: 'person',
        label: 'Vladimir Putin',
        role: 'President',
        country: 'country:RUS',
        mentions: 1,
        articles: 1,
      }),
      entity({
        key: 'person:espen-barth-eide',
        type: 'person',
        label: 'Espen Barth Eide',
        role: 'Foreign Minister',
        country: 'country:NOR',
        mentions: 1,
        articles: 1,
      }),
      entity({ key: 'person:wang-yi', type: 'person', label: 'Wang Yi', mentions: 1, articles: 1 }),
    ].map((record) => [record.key, record]),
  );
  return {
    entities,
    canonicalKey: (key) => (key === 'person:xi' ? 'person:xi-jinping' : key),
  };
}
