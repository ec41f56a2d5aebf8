// Synthetic corpus generator for scale tests: news-like diplomatic wire stories about ~200 countries and a
// few thousand office holders, with a Zipf-like skew of who does the diplomacy, every interaction type of the
// vocabulary, and dates spread over years. Pure and deterministic: the same options give the same articles,
// produced lazily so that a million of them never sit in memory.
import seedrandom from 'seedrandom';
import { createDayTable, createStoryWriter } from './articles.ts';
import type { SyntheticArticle, SyntheticStory } from './articles.ts';
import { createSynthWorld, getAvailableCountryCount } from './world.ts';
import type { SynthWorld } from './world.ts';

export type { SyntheticArticle, SyntheticInteraction, SyntheticMention, SyntheticStory } from './articles.ts';
export type { SynthCountry, SynthPerson, SynthWorld } from './world.ts';

export interface SynthOptions {
  articles: number;
  seed: number;
  /** YYYY-MM-DD; default 2015-01-01. */
  startDate?: string;
  /** Length of the date span in years; default 8. */
  years?: number;
  /** Number of countries, most prominent first; default every sovereign country of the gazetteer (~200). */
  countries?: number;
  /** Number of people; default 3000. */
  people?: number;
  /**
   * Exponent on each person's prominence; default 1. Larger values concentrate the interactions on the
   * prominent few, so a big corpus has fewer distinct pairs for as many people (scale benchmarks).
   */
  skew?: number;
}

export type ResolvedSynthOptions = Required<SynthOptions>;

export const DEFAULT_SYNTH_OPTIONS = { startDate: '2015-01-01', years: 8, people: 3000, skew: 1 } as const;
const MAX_SKEW = 8;
const MAX_PEOPLE = 200_000;
const MAX_YEARS = 200;

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Validates options and fills defaults. Throws `entente/synth: ...` naming the bad option. */
export function parseSynthOptions(options: SynthOptions): ResolvedSynthOptions {
  const available = getAvailableCountryCount();
  const resolved: ResolvedSynthOptions = {
    articles: options.articles,
    seed: options.seed,
    startDate: options.startDate ?? DEFAULT_SYNTH_OPTIONS.startDate,
    years: options.years ?? DEFAULT_SYNTH_OPTIONS.years,
    countries: options.countries ?? available,
    people: options.people ?? DEFAULT_SYNTH_OPTIONS.people,
    skew: options.skew ?? DEFAULT_SYNTH_OPTIONS.skew,
  };
  if (!isIntegerIn(resolved.articles, 0, Number.MAX_SAFE_INTEGER)) {
    throw new Error(
      `entente/synth: invalid \`articles\` ${String(options.articles)}: expected a whole number >= 0`,
    );
  }
  if (!isIntegerIn(resolved.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)) {
    throw new Error(`entente/synth: invalid \`seed\` ${String(options.seed)}: expected a whole number`);
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(resolved.startDate);
  const parsed = match ? new Date(`${resolved.startDate}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== resolved.startDate) {
    throw new Error(
      `entente/synth: invalid \`startDate\` ${JSON.stringify(resolved.startDate)}: expected a real YYYY-MM-DD date`,
    );
  }
  if (!isIntegerIn(resolved.years, 1, MAX_YEARS)) {
    throw new Error(
      `entente/synth: invalid \`years\` ${String(options.years)}: expected a whole number from 1 to ${MAX_YEARS}`,
    );
  }
  if (!isIntegerIn(resolved.countries, 2, available)) {
    throw new Error(
      `entente/synth: invalid \`countries\` ${String(options.countries)}: expected a whole number from 2 to ${available}`,
    );
  }
  if (!isIntegerIn(resolved.people, 2, MAX_PEOPLE)) {
    throw new Error(
      `entente/synth: invalid \`people\` ${String(options.people)}: expected a whole number from 2 to ${MAX_PEOPLE}`,
    );
  }
  if (typeof resolved.skew !== 'number' || !(resolved.skew >= 0.25 && resolved.skew <= MAX_SKEW)) {
    throw new Error(
      `entente/synth: invalid \`skew\` ${String(options.skew)}: expected a number from 0.25 to ${MAX_SKEW}`,
    );
  }
  return resolved;
}

/** The cast (countries and people, with their weights) that articles for these options are written about. */
export function getSynthWorld(options: SynthOptions): SynthWorld {
  const resolved = parseSynthOptions(options);
  return createSynthWorld(resolved, seedrandom.alea(`entente-synth/${resolved.seed}/world`));
}

/**
 * Stories with their ground truth (actor mentions and stated interactions), lazily, in date order. Options
 * are validated up front, so a bad option throws on the call, not on the first iteration.
 */
export function generateSyntheticStories(options: SynthOptions): Iterable<SyntheticStory> {
  const resolved = parseSynthOptions(options);
  return {
    *[Symbol.iterator]() {
      const world = createSynthWorld(resolved, seedrandom.alea(`entente-synth/${resolved.seed}/world`));
      const days = createDayTable(resolved.startDate, resolved.years);
      const random = seedrandom.alea(`entente-synth/${resolved.seed}/articles`);
      const writeStory = createStoryWriter({ world, random, seed: resolved.seed }, resolved.articles, days);
      for (let index = 0; index < resolved.articles; index += 1) yield writeStory(index);
    },
  };
}

/**
 * Pure and deterministic: the same options give the same articles, one JSONL-ready object each
 * ({ id, title, date, text, source, url }), generated lazily so a million articles never sit in memory.
 * Iterating twice gives the same sequence again.
 */
export function generateSyntheticArticles(options: SynthOptions): Iterable<SyntheticArticle> {
  const stories = generateSyntheticStories(options);
  return {
    *[Symbol.iterator]() {
      for (const story of stories) yield story.article;
    },
  };
}
