// Reuters-21578 country benchmark: reads each article's set of countries with the gazetteer and scores it
// against the editors' `places` tags (mapped to ISO-3), micro-averaged over documents. Only documents with at
// least one place tag are scored by default (untagged ones are mostly unlabelled, not country-free); the
// `includeUntagged` option scores all of them so both figures can be reported.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  findGazetteerMentions,
  getCodeAtDate,
  getCodeForReutersPlace,
  getCountryKeyForDateline,
  getOrganizationByKey,
} from '../gazetteer/index.ts';
import type { GazetteerMatch } from '../gazetteer/index.ts';

export interface CountryScore {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ReutersArticleInput {
  title: string;
  text: string;
  /** "NEW YORK, Feb 26 -" */
  dateline?: string | null;
  /** YYYY-MM-DD: maps successor states to the state of the time (Moscow 1987 -> SUN). */
  date?: string | null;
}

export interface EvaluateReutersOptions {
  limit?: number;
  onProgress?: (done: number) => void;
  /** Also score documents without any place tag (every prediction there is a false positive). */
  includeUntagged?: boolean;
}

/** Mentions needed for a country named only deeper in the body to count as a subject of the article. */
const MIN_BODY_MENTIONS = 3;

const ABBREVIATION_BEFORE_PERIOD =
  /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|Jr|Sr|Gen|Sen|Rep|Gov|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Bros|Cos)$/u;

/** End offset of the first sentence (the lead of a wire story), skipping periods of "U.S." or "Corp.". */
export function getLeadEnd(text: string): number {
  for (const match of text.matchAll(/[.!?]["'’”]?\s+(?=["“(]?\p{Lu})/gu)) {
    if (
      match[0].startsWith('.') &&
      ABBREVIATION_BEFORE_PERIOD.test(text.slice(Math.max(0, match.index - 5), match.index))
    ) {
      continue;
    }
    return match.index + 1;
  }
  return text.length;
}

/** Currency words: "U.S. dlrs", "Australian dollar" name a currency, not a country the story is about. */
const CURRENCY_WORDS =
  /^(dollars?|dlrs?|cents?|yen|francs?|marks?|pounds?|stg|sterling|lire|lira|guilders?|crowns?|kroner?|kronor|krona|pesos?|rupees?|rand|schillings?|escudos?|pesetas?|drachmas?|won|baht|ringgit|cruzados?|australs?|riyals?|dinars?)$/i;

/** Nouns that make a place name the name of an event: "the Paris accord", "the Venice summit". */
const EVENT_WORDS =
  /^(accord|accords|agreement|pact|meeting|summit|communique|conference|talks|declaration|convention|protocol|round|club)$/i;

function getNextWord(text: string, end: number): string {
  return /^[\s"']*([\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '';
}

/** A mention that names a currency or an event rather than the country itself. */
function isIncidentalMention(text: string, match: GazetteerMatch): boolean {
  const next = getNextWord(text, match.end);
  if (CURRENCY_WORDS.test(next)) return true;
  return (match.via === 'capital' || match.via === 'place') && !match.actor && EVENT_WORDS.test(next);
}

export interface ArticleCountryOptions {
  /** Every country mentioned, not only the salient ones the benchmark scores. */
  all?: boolean;
}

/**
 * The document-level country set the benchmark scores: the countries an article is about. A country counts
 * when it is the dateline's, named in the title, named in the lead sentence, or named at least
 * MIN_BODY_MENTIONS times; names, demonyms, capitals, places, and national organisations ("Bundesbank" ->
 * DEU) all count as mentions. Media outlets do not ("Reuters" says nothing about the story), nor do
 * currencies ("50 mln Australian dlrs") and events named after a city ("the Paris accord"). Wire editors tag
 * what a story is about, not every country it mentions in passing, hence the salience rule (`all` lifts it).
 */
export function getArticleCountryCodes(
  article: ReutersArticleInput,
  options: ArticleCountryOptions = {},
): Set<string> {
  const salient = new Set<string>();
  const bodyCounts = new Map<string, number>();
  const date = article.date ?? null;
  const toCodes = (text: string, match: GazetteerMatch): string[] => {
    if (isIncidentalMention(text, match)) return [];
    if (match.type === 'country') return [match.key.slice('country:'.length)];
    if (match.type !== 'organization') return [];
    const entry = getOrganizationByKey(match.key);
    // Clubs (G-7) are not expanded to their members: measured, it costs precision more than it adds recall.
    return entry?.country ? [getCodeAtDate(entry.country, date)] : [];
  };
  if (article.dateline) {
    const key = getCountryKeyForDateline(article.dateline);
    if (key) salient.add(getCodeAtDate(key.slice('country:'.length), date));
  }
  for (const match of findGazetteerMentions(article.title, { date })) {
    for (const code of toCodes(article.title, match)) salient.add(code);
  }
  const leadEnd = getLeadEnd(article.text);
  for (const match of findGazetteerMentions(article.text, { date })) {
    for (const code of toCodes(article.text, match)) {
      const count = (bodyCounts.get(code) ?? 0) + 1;
      bodyCounts.set(code, count);
      if (options.all || match.start < leadEnd || count >= MIN_BODY_MENTIONS) salient.add(code);
    }
  }
  return salient;
}

interface ReutersLine {
  id: string;
  date?: string | null;
  title?: string;
  dateline?: string | null;
  text?: string;
  tags?: { places?: string[] };
}

function parseReutersLine(line: string, file: string, lineNumber: number): ReutersLine {
  try {
    return JSON.parse(line) as ReutersLine;
  } catch (error) {
    throw new Error(`entente/eval: ${file}:${lineNumber}: invalid JSON (${(error as Error).message})`);
  }
}

/** Precision, recall and F1 from counts; 0 where undefined. */
export function toCountryScore(
  documents: number,
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): CountryScore {
  const precision = truePositives + falsePositives > 0 ? truePositives / (truePositives + falsePositives) : 0;
  const recall = truePositives + falseNegatives > 0 ? truePositives / (truePositives + falseNegatives) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { documents, precision, recall, f1, truePositives, falsePositives, falseNegatives };
}

/** Scores one document: predicted codes against gold codes. */
export function getDocumentCounts(
  predicted: Set<string>,
  gold: Set<string>,
): { tp: number; fp: number; fn: number } {
  let tp = 0;
  for (const code of predicted) if (gold.has(code)) tp++;
  return { tp, fp: predicted.size - tp, fn: gold.size - tp };
}

/**
 * Streams the Reuters JSONL, extracts each article's set of countries (ISO-3) and scores it against
 * tags.places mapped to ISO-3, micro-averaged over documents that have at least one place tag (or all of
 * them with `includeUntagged`).
 */
export async function evaluateReutersCountries(
  file: string,
  options: EvaluateReutersOptions = {},
): Promise<CountryScore> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let documents = 0;
  let lineNumber = 0;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const record = parseReutersLine(line, file, lineNumber);
    const gold = new Set<string>();
    for (const tag of record.tags?.places ?? []) {
      const code = getCodeForReutersPlace(tag);
      if (!code) throw new Error(`entente/eval: ${file}:${lineNumber}: unknown Reuters place tag "${tag}"`);
      gold.add(code);
    }
    if (gold.size === 0 && !options.includeUntagged) continue;
    const predicted = getArticleCountryCodes({
      title: record.title ?? '',
      text: record.text ?? '',
      dateline: record.dateline ?? null,
      date: record.date ?? null,
    });
    const counts = getDocumentCounts(predicted, gold);
    truePositives += counts.tp;
    falsePositives += counts.fp;
    falseNegatives += counts.fn;
    documents++;
    options.onProgress?.(documents);
    if (options.limit !== undefined && documents >= options.limit) {
      lines.close();
      break;
    }
  }
  return toCountryScore(documents, truePositives, falsePositives, falseNegatives);
}
