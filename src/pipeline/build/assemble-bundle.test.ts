import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../graph/bundle.ts';
import { assembleBundle, getReasonCategory } from './assemble-bundle.ts';
import { createFixtureResolution, fixtureArticles, fixtureExtractions } from './test-fixtures.ts';

function build() {
  return assembleBundle({
    id: 'fixture',
    title: 'Fixture',
    articles: fixtureArticles,
    extractions: fixtureExtractions,
    resolution: createFixtureResolution(),
    skipped: [
      {
        file: 'corpus/c.jsonl',
        line: 4,
        reason: 'duplicate id: a1 (first seen at corpus/c.jsonl:1)',
        articleId: 'a1',
        title: 'Dup',
      },
    ],
    problems: [{ file: 'corpus/c.jsonl', line: 2, reason: 'line 2 is not valid JSON' }],
  });
}

describe('assembleBundle', () => {
  it('produces a bundle the app accepts', () => {
    expect(() => parseBundle(build())).not.toThrow();
  });

  it('maps extraction keys to canonical node ids and dates interactions by their article', () => {
    const bundle = build();
    const call = bundle.interactions.find((interaction) => interaction.type === 'call');
    expect(call).toMatchObject({
      source: 'person:xi-jinping',
      target: 'person:vladimir-putin',
      date: '2024-02-08',
      article: 'a1',
    });
    expect(bundle.graph.nodes.map((node) => node.key)).not.toContain('person:xi');
  });

  it('sorts interactions by date with undated ones last, and aggregates one edge per pair', () => {
    const bundle = build();
    expect(bundle.interactions.map((interaction) => interaction.date)).toEqual(['2024-02-08', null]);
    expect(bundle.interactions.map((interaction) => interaction.id)).toEqual(['i1', 'i2']);
    expect(bundle.graph.edges).toHaveLength(2);
    expect(bundle.graph.edges.every((edge) => edge.source < edge.target)).toBe(true);
  });

  it('adds affiliated countries as nodes so person → country references hold', () => {
    const bundle = build();
    const russia = bundle.graph.nodes.find((node) => node.key === 'country:RUS');
    expect(russia?.attributes.code).toBe('RUS');
    const putin = bundle.graph.nodes.find((node) => node.key === 'person:vladimir-putin');
    expect(putin?.attributes.country).toBe('country:RUS');
  });

  it('accounts for every article: read = used + skipped, with reasons', () => {
    const { report, counts, dateRange } = build().meta;
    expect(report.read).toBe(4);
    expect(report.used + report.skipped).toBe(report.read);
    expect(report.used).toBe(2);
    expect(report.skippedByReason).toEqual({ 'duplicate id': 1, 'no entities found': 1 });
    expect(report.articles.find((article) => article.id === 'a2')?.reason).toBe('undated');
    expect(report.problems).toEqual([
      { file: 'corpus/c.jsonl', line: 2, reason: 'line 2 is not valid JSON' },
    ]);
    expect(counts.undatedArticles).toBe(1);
    expect(dateRange).toEqual({ start: '2024-02-01', end: '2024-02-08' });
  });

  it('is deterministic: the same records give the same JSON', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
  });

  it('refuses extractions that do not line up with the articles', () => {
    expect(() =>
      assembleBundle({
        id: 'x',
        title: 'x',
        articles: fixtureArticles,
        extractions: fixtureExtractions.slice(0, 1),
        resolution: createFixtureResolution(),
        skipped: [],
        problems: [],
      }),
    ).toThrow(/1 extractions for 3 articles/);
  });
});

describe('an article whose extraction failed', () => {
  it('is reported as skipped with the failure, and the rest of the bundle is built', () => {
    const extractions = fixtureExtractions.map((extraction, index) =>
      index === 1
        ? { articleId: extraction.articleId, entities: [], mentions: [], interactions: [], failure: 'boom' }
        : extraction,
    );
    const bundle = assembleBundle({
      id: 'fixture',
      title: 'Fixture',
      articles: fixtureArticles,
      extractions,
      resolution: createFixtureResolution(),
      skipped: [],
      problems: [],
    });
    const entry = bundle.meta.report.articles.find((article) => article.id === 'a2');
    expect(entry).toMatchObject({ status: 'skipped', reason: 'extraction failed: boom' });
    expect(bundle.meta.report.skippedByReason['extraction failed']).toBe(1);
    expect(bundle.interactions.map((interaction) => interaction.article)).toEqual(['a1']);
  });
});

describe('getReasonCategory', () => {
  it('groups reasons by the text before details', () => {
    expect(getReasonCategory('duplicate id: a1 (first seen at x:1)')).toBe('duplicate id');
    expect(getReasonCategory('empty text')).toBe('empty text');
    expect(getReasonCategory('invalid date (3000-01-01)')).toBe('invalid date');
  });
});
