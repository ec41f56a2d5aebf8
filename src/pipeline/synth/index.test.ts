import { describe, expect, it } from 'vitest';
import { INTERACTION_TYPES } from '../../graph/vocabulary.ts';
import type { InteractionType } from '../../graph/vocabulary.ts';
import { findDateline } from '../ingest/article-dates.ts';
import { parseJsonlLine } from '../ingest/jsonl-parser.ts';
import {
  generateSyntheticArticles,
  generateSyntheticStories,
  getSynthWorld,
  parseSynthOptions,
} from './index.ts';
import type { SyntheticArticle, SyntheticStory } from './index.ts';

function take<T>(items: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  for (const item of items) {
    if (taken.length >= count) break;
    taken.push(item);
  }
  return taken;
}

const SAMPLE_OPTIONS = { articles: 2000, seed: 7 };
const sample: SyntheticStory[] = [...generateSyntheticStories(SAMPLE_OPTIONS)];

/** Cue words of each type, as the extract stage's verb lexicon knows them. */
const TYPE_CUES: Record<Exclude<InteractionType, 'comention'>, RegExp> = {
  meeting: /\b(?:met|held talks|received|strategic dialogue|summit)\b/,
  visit: /\b(?:visit|visited|toured|trip to)\b/,
  call: /\b(?:phone call|by phone|telephone)\b/,
  message: /\b(?:message|letter|condolences|congratulated|greetings)\b/,
  agree: /\b(?:signed|agreed|accord|deal)\b/,
  cooperate: /\b(?:cooperation|support|aid|partnership|help)\b/,
  statement: /\b(?:said|told reporters|stressed|stated)\b/,
  criticize: /\b(?:criticised|condemned|accused|urged|demanded|protested|denounced)\b/,
  sanction: /\b(?:sanctions|embargo|banned|tariffs|expelled|restricted)\b/,
  threaten: /\b(?:threatened|warned of)\b/,
  military: /\b(?:troops|missile strikes|military exercises|mobilised|shelling)\b/,
};

describe('parseSynthOptions', () => {
  it('rejects bad options, naming the option', () => {
    expect(() => parseSynthOptions({ articles: -1, seed: 1 })).toThrow(/entente\/synth: invalid `articles`/);
    expect(() => parseSynthOptions({ articles: 1.5, seed: 1 })).toThrow(/`articles`/);
    expect(() => parseSynthOptions({ articles: 10, seed: Number.NaN })).toThrow(/`seed`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, startDate: '2015-02-30' })).toThrow(
      /`startDate`/,
    );
    expect(() => parseSynthOptions({ articles: 10, seed: 1, startDate: '1/1/2015' })).toThrow(/`startDate`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, years: 0 })).toThrow(/`years`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, countries: 1 })).toThrow(/`countries`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, countries: 5000 })).toThrow(/`countries`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, people: 1 })).toThrow(/`people`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, skew: 0 })).toThrow(/`skew`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, skew: Number.NaN })).toThrow(/`skew`/);
    expect(() => parseSynthOptions({ articles: 10, seed: 1, skew: 20 })).toThrow(/`skew`/);
  });

  it('fills the defaults: 2015-01-01, 8 years, about 200 countries, 3000 people', () => {
    const resolved = parseSynthOptions({ articles: 10, seed: 1 });
    expect(resolved).toMatchObject({ startDate: '2015-01-01', years: 8, people: 3000, skew: 1 });
    expect(resolved.countries).toBeGreaterThanOrEqual(180);
    expect(resolved.countries).toBeLessThanOrEqual(215);
  });

  it('throws on the call, before any iteration', () => {
    expect(() => generateSyntheticArticles({ articles: 10, seed: 1, years: -2 })).toThrow(/`years`/);
  });
});

/** Distinct interacting pairs and distinct interactions over the stories' ground truth. */
function countPairs(stories: Iterable<SyntheticStory>): { pairs: number; interactions: number } {
  const pairs = new Set<string>();
  let interactions = 0;
  for (const story of stories) {
    for (const { source, target } of story.interactions) {
      interactions += 1;
      pairs.add(source < target ? `${source}|${target}` : `${target}|${source}`);
    }
  }
  return { pairs: pairs.size, interactions };
}

describe('the skew option', () => {
  it('leaves the corpus exactly as it is at 1, and stays deterministic at other values', () => {
    const plain = take(generateSyntheticArticles({ articles: 300, seed: 5 }), 300);
    expect(take(generateSyntheticArticles({ articles: 300, seed: 5, skew: 1 }), 300)).toEqual(plain);
    const skewed = take(generateSyntheticArticles({ articles: 300, seed: 5, skew: 3 }), 300);
    expect(take(generateSyntheticArticles({ articles: 300, seed: 5, skew: 3 }), 300)).toEqual(skewed);
    expect(skewed).not.toEqual(plain);
  });

  it('puts as many interactions on fewer distinct pairs', () => {
    const plain = countPairs(generateSyntheticStories({ articles: 3000, seed: 5, people: 6000 }));
    const skewed = countPairs(generateSyntheticStories({ articles: 3000, seed: 5, people: 6000, skew: 3 }));
    expect(skewed.interactions).toBeGreaterThan(plain.interactions * 0.9);
    expect(skewed.pairs).toBeLessThan(plain.pairs * 0.8);
  });
});

describe('generateSyntheticArticles', () => {
  it('is deterministic: the same seed gives identical articles, another seed different ones', () => {
    const first = take(generateSyntheticArticles({ articles: 1000, seed: 11 }), 50);
    const again = take(generateSyntheticArticles({ articles: 1000, seed: 11 }), 50);
    const other = take(generateSyntheticArticles({ articles: 1000, seed: 12 }), 50);
    expect(first).toHaveLength(50);
    expect(again).toEqual(first);
    const sameText = other.filter((article, i) => article.text === first[i]?.text).length;
    expect(sameText).toBe(0);
  });

  it('gives the same sequence when the iterable is walked twice', () => {
    const articles = generateSyntheticArticles({ articles: 30, seed: 3 });
    expect([...articles]).toEqual([...articles]);
  });

  it('generates lazily: the first articles of a ten-million-article corpus come without generating the rest', () => {
    const firstThree = take(generateSyntheticArticles({ articles: 10_000_000, seed: 5 }), 3);
    expect(firstThree.map((article) => article.id)).toEqual([
      'synth-5-0000001',
      'synth-5-0000002',
      'synth-5-0000003',
    ]);
  });

  it('yields exactly `articles` articles with unique ids', () => {
    const ids = sample.map((story) => story.article.id);
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
  });

  it('dates are ISO, inside the span, in order, and spread over all its years', () => {
    const dates = sample.map((story) => story.article.date);
    for (const date of dates) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
    expect(dates[0]! >= '2015-01-01').toBe(true);
    expect(dates[dates.length - 1]! < '2023-01-01').toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(
      new Set(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']),
    );
  });

  it('honours startDate and years', () => {
    const dates = [
      ...generateSyntheticArticles({ articles: 400, seed: 2, startDate: '1990-07-01', years: 2 }),
    ].map((article) => article.date);
    expect(dates.every((date) => date >= '1990-07-01' && date < '1992-07-01')).toBe(true);
    expect(new Set(dates.map((date) => date.slice(0, 4)))).toEqual(new Set(['1990', '1991', '1992']));
  });

  it('writes lines the JSONL ingest reads back unchanged, with a dateline it recognises', () => {
    for (const [i, { article }] of sample.slice(0, 300).entries()) {
      const line = JSON.stringify(article);
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(parsed).sort()).toEqual(['date', 'id', 'source', 'text', 'title', 'url']);
      for (const value of Object.values(parsed)) expect(typeof value).toBe('string');
      const result = parseJsonlLine(line, 'synth.jsonl', i + 1);
      if (result.kind !== 'article')
        throw new Error(`line ${i + 1} was not read as an article: ${result.kind}`);
      expect(result.note).toBeNull();
      expect(result.article).toMatchObject({
        id: article.id,
        title: article.title,
        date: article.date,
        dateOrigin: 'given',
        source: article.source,
        url: article.url,
      });
      const dateline = findDateline(article.text.split('\n\n')[0]!);
      expect(dateline?.agency).toBe(article.source);
      expect(dateline?.date).toMatchObject({
        month: Number(article.date.slice(5, 7)),
        day: Number(article.date.slice(8, 10)),
      });
    }
  });

  it('articles look like wire copy: a headline, 3-8 sentences naming 1-3 actors each, a https url', () => {
    for (const { article, mentions } of sample) {
      expect(article.title.length).toBeGreaterThan(10);
      expect(article.url).toMatch(/^https:\/\/[a-z-]+\.example\/\d{4}\/\d{2}\/\d{2}\/synth-7-\d{7}$/);
      const sentenceCount = Math.max(...mentions.map((mention) => mention.sentence)) + 1;
      expect(sentenceCount).toBeGreaterThanOrEqual(3);
      expect(sentenceCount).toBeLessThanOrEqual(8);
      for (let s = 0; s < sentenceCount; s += 1) {
        const actors = new Set(
          mentions.filter((mention) => mention.sentence === s).map((mention) => mention.key),
        );
        expect(actors.size).toBeGreaterThanOrEqual(1);
        expect(actors.size).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('corpus content', () => {
  const world = getSynthWorld(SAMPLE_OPTIONS);
  const peopleByKey = new Map(world.people.map((person) => [person.key, person]));

  it('names every mentioned person in full once, and reuses the family name alone later', () => {
    let reused = 0;
    let repeated = 0;
    for (const { article, mentions } of sample) {
      const keys = mentions.map((mention) => mention.key);
      for (const key of new Set(keys)) {
        const person = peopleByKey.get(key);
        if (!person) continue;
        expect(article.text).toContain(person.fullName);
        if (keys.filter((k) => k === key).length < 2) continue;
        repeated += 1;
        // The family name alone, outside every full naming ("Wang said", not "Wang Yi said").
        const withoutFullNames = article.text.split(person.fullName).join(' ');
        if (new RegExp(`\\b${person.family}\\b`).test(withoutFullNames)) reused += 1;
      }
    }
    expect(repeated).toBeGreaterThan(1000);
    expect(reused / repeated).toBeGreaterThan(0.9);
  });

  it('introduces people with demonym and role ("Chinese Foreign Minister ...")', () => {
    const chineseForeignMinister = world.people.find(
      (person) => person.country.code === 'CHN' && person.roleKind === 'foreign',
    );
    expect(chineseForeignMinister?.titled).toMatch(/^Chinese Foreign Minister [A-Z][a-z]+ [A-Z][a-z]+$/);
    const text = sample.map((story) => story.article.text).join('\n');
    expect(text).toMatch(/\bChinese Foreign Minister [A-Z]/);
    expect(text).toMatch(/\bBrazilian (?:President|Foreign Minister) [A-Z]/);
    expect(text).toMatch(/\bU\.S\. Secretary of State [A-Z]/);
  });

  it('is skewed like real diplomacy: the top 5% of actors get most of the mentions', () => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const { mentions } of sample) {
      for (const { key } of mentions) {
        counts.set(key, (counts.get(key) ?? 0) + 1);
        total += 1;
      }
    }
    const castSize = world.countries.length + world.people.length;
    const top = [...counts.values()].sort((a, b) => b - a).slice(0, Math.ceil(castSize * 0.05));
    const topShare = top.reduce((sum, count) => sum + count, 0) / total;
    expect(topShare).toBeGreaterThan(0.45);
    // ...yet the long tail is there: hundreds of distinct actors appear.
    expect(counts.size).toBeGreaterThan(800);
  });

  it('uses the verbs of every interaction type, and states interactions of every type', () => {
    const text = sample.map((story) => story.article.text).join('\n');
    for (const [type, cue] of Object.entries(TYPE_CUES)) {
      expect(cue.test(text), `no ${type} verb in the sample`).toBe(true);
    }
    const stated = new Set(
      sample.flatMap((story) => story.interactions.map((interaction) => interaction.type)),
    );
    expect([...stated].sort()).toEqual([...INTERACTION_TYPES].sort());
  });

  it('never has an actor interact with itself', () => {
    for (const { interactions } of sample) {
      for (const interaction of interactions) expect(interaction.source).not.toBe(interaction.target);
    }
  });

  it('still writes sensible articles with a tiny cast', () => {
    const articles: SyntheticArticle[] = [
      ...generateSyntheticArticles({ articles: 200, seed: 4, countries: 2, people: 2 }),
    ];
    expect(articles).toHaveLength(200);
    for (const article of articles) expect(article.text.length).toBeGreaterThan(100);
  });
});
