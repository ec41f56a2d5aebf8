// Splits a scraped text page (one or several articles, with site chrome around them) into SourceArticles.
// Headings are short isolated lines; a "Continue reading <title>" line closes the article titled so, and
// quoted sub-articles announced by "The following article(s) … originally published …" stay with the
// article that quotes them. Pure: text in, articles out.
import type { IngestProblem, SourceArticle } from '../types.ts';
import {
  findByline,
  findDateline,
  findFirstTextDate,
  findRelativeTime,
  countAnchorYears,
  countYears,
  inferReferenceDate,
  resolveArticleDate,
  findWeekdayMention,
} from './article-dates.ts';
import type { BylineMatch, DateClues, DateContext, RelativeTime } from './article-dates.ts';
import {
  findPublisherMention,
  getContinueReadingTitle,
  getPublishedMarker,
  isChromeLine,
} from './page-chrome.ts';
import { normalizeText } from './text-decoding.ts';
import { getFileStem } from './file-names.ts';

export interface PageParseOptions {
  /** YYYY-MM-DD that relative times resolve against; inferred from the page when absent. */
  referenceDate?: string;
  /** Prefix of article ids (`<prefix>#<n>`); defaults to the file name without folder and extension. */
  idPrefix?: string;
}

export interface PageParseResult {
  articles: SourceArticle[];
  skipped: IngestProblem[];
  /** Problems with the input that did not cost an article (e.g. HTML too deeply nested for Readability). */
  notes?: IngestProblem[];
}

type EntryKind = 'chrome' | 'continue' | 'marker' | 'heading' | 'body';

interface Entry {
  /** 1-based line in the file. */
  line: number;
  text: string;
  kind: EntryKind;
  continueTitle?: string;
  plural?: boolean;
  publisher?: string | null;
  introducesQuote?: boolean;
}

interface Paragraph {
  line: number;
  /** Last file line of the paragraph: hard-wrapped paragraphs span several. */
  lastLine: number;
  text: string;
}

interface ArticleDraft {
  title: string;
  line: number;
  paragraphs: Paragraph[];
  headerSource: string | null;
  byline: BylineMatch | null;
  relative: RelativeTime | null;
  publisher: string | null;
}

interface SubArticleState {
  plural: boolean;
  /** Titles a further sub-heading must resemble: the parent's and earlier sub-headings. */
  titles: string[];
  /** True until the first entry after the marker has been seen. */
  fresh: boolean;
}

const MAX_HEADING_CHARS = 200;
const MAX_HEADING_WORDS = 30;
const MAX_SOURCE_WORDS = 6;
const MAX_SOURCE_CHARS = 60;
const MIN_TITLE_RESEMBLANCE = 0.4;
const STOPWORDS = new Set(
  'the a an of and or to in on for with by at from as is are was were be its his her their our new'.split(
    ' ',
  ),
);

/** Lowercases and unifies quotes and spaces so repeated titles compare equal. */
export function toComparableTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/[\s.…:]+$/, '')
    .trim();
}

/** True for a line shaped like a heading: short, capitalised, no sentence punctuation at the end. */
export function isHeadingLike(text: string): boolean {
  if (text.length < 3 || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.:!,;…]$/.test(text)) return false;
  if (/^[“"'‘«([•·▪*–—-]/.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  return findDateline(text) === null && findByline(text) === null && findRelativeTime(text) === null;
}

function getTitleWords(text: string): Set<string> {
  const words = toComparableTitle(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2 && !STOPWORDS.has(word))
    .map((word) => word.replace(/s$/, ''));
  return new Set(words);
}

/** Share of the shorter title's content words that the other title also has. */
export function getTitleResemblance(a: string, b: string): number {
  const wordsA = getTitleWords(a);
  const wordsB = getTitleWords(b);
  const smaller = Math.min(wordsA.size, wordsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / smaller;
}

function getBulletSource(text: string): string | null {
  const match = /^[•·▪]\s*(.+)$/.exec(text);
  const name = match?.[1]?.trim();
  if (!name || name.length > MAX_SOURCE_CHARS || name.split(/\s+/).length > MAX_SOURCE_WORDS) return null;
  return /[.:!?,;]$/.test(name) ? null : name;
}

function isSourceLike(text: string): boolean {
  return (
    isHeadingLike(text) && text.length <= MAX_SOURCE_CHARS && text.split(/\s+/).length <= MAX_SOURCE_WORDS
  );
}

function isHeaderClue(text: string): boolean {
  return findByline(text) !== null || findRelativeTime(text) !== null || getBulletSource(text) !== null;
}

function toEntries(lines: string[]): Entry[] {
  const isQuiet = (index: number): boolean => {
    const raw = lines[index];
    return raw === undefined || raw.trim() === '' || isChromeLine(raw);
  };
  const entries: Entry[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const entry: Entry = { line: index + 1, text, kind: 'body' };
    const continueTitle = getContinueReadingTitle(text);
    const marker = continueTitle === null ? getPublishedMarker(text) : null;
    if (continueTitle !== null) {
      entry.kind = 'continue';
      entry.continueTitle = continueTitle;
    } else if (isChromeLine(text)) {
      entry.kind = 'chrome';
    } else if (marker) {
      entry.kind = 'marker';
      entry.plural = marker.plural;
      entry.publisher = marker.publisher;
      entry.introducesQuote = marker.introducesQuote;
    } else if (isHeadingLike(text)) {
      // A heading stands alone: its neighbours are blank, chrome, or the same title repeated.
      const isolatedBefore = isQuiet(index - 1) || lines[index - 1]?.trim() === text;
      const isolatedAfter = isQuiet(index + 1) || lines[index + 1]?.trim() === text;
      if (isolatedBefore && isolatedAfter) entry.kind = 'heading';
    }
    entries.push(entry);
  });
  return entries;
}

/** Maps the entry index of each heading that a later "Continue reading" names to that line's index. */
function getContinueSpans(entries: Entry[]): Map<number, number> {
  const spans = new Map<number, number>();
  let previousContinue = -1;
  entries.forEach((entry, index) => {
    if (entry.kind !== 'continue') return;
    const wanted = toComparableTitle(entry.continueTitle ?? '');
    if (wanted !== '') {
      for (let back = index - 1; back > previousContinue; back -= 1) {
        const candidate = entries[back];
        if (candidate && isHeadingLike(candidate.text) && toComparableTitle(candidate.text) === wanted) {
          spans.set(back, index);
          if (candidate.kind === 'body') candidate.kind = 'heading';
          break;
        }
      }
    }
    previousContinue = index;
  });
  return spans;
}

function nextClueEntry(entries: Entry[], from: number): Entry | undefined {
  for (let index = from; index < entries.length; index += 1) {
    const entry = entries[index];
    if (entry && entry.kind !== 'chrome') return entry;
  }
  return undefined;
}

/**
 * True when a line only continues a hard-wrapped paragraph: it follows the paragraph's last line directly,
 * that line ends mid-sentence, and this one starts in lower case.
 */
function isWrappedContinuation(previous: Paragraph, entry: Entry): boolean {
  return (
    entry.line === previous.lastLine + 1 &&
    !/[.!?:;"”’')\]…]$/.test(previous.text) &&
    /^[\p{Ll}\d(]/u.test(entry.text)
  );
}

function toImplicitTitle(text: string): string {
  if (text.length <= 100) return text;
  const cut = text.slice(0, 100);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 100)}…`;
}

function toDrafts(entries: Entry[]): ArticleDraft[] {
  const spans = getContinueSpans(entries);
  const continueTitles = new Set(
    entries
      .filter((entry) => entry.kind === 'continue')
      .map((entry) => toComparableTitle(entry.continueTitle ?? '')),
  );
  const drafts: ArticleDraft[] = [];
  let current: ArticleDraft | null = null;
  let closed = false;
  let spanEnd = -1;
  let subArticle: SubArticleState | null = null;

  const start = (title: string, line: number): ArticleDraft => {
    const draft: ArticleDraft = {
      title,
      line,
      paragraphs: [],
      headerSource: null,
      byline: null,
      relative: null,
      publisher: null,
    };
    drafts.push(draft);
    closed = false;
    subArticle = null;
    return draft;
  };

  entries.forEach((entry, index) => {
    if (entry.kind === 'chrome') return;
    if (entry.kind === 'continue') {
      closed = true;
      spanEnd = -1;
      subArticle = null;
      return;
    }
    if (entry.kind === 'marker') {
      if (current && !closed) {
        current.publisher ??= entry.publisher ?? null;
        if (entry.introducesQuote) {
          subArticle = { plural: entry.plural ?? false, titles: [current.title], fresh: true };
        }
      }
      return;
    }
    const sub: SubArticleState | null = subArticle;
    const wasFresh = sub?.fresh ?? false;
    if (sub) sub.fresh = false;

    if (current && !closed && current.paragraphs.length === 0) {
      // The header zone between a title and its first paragraph: repeated title, source, byline, time.
      const text = entry.text;
      if (toComparableTitle(text) === toComparableTitle(current.title)) return;
      const byline = findByline(text);
      if (byline) {
        current.byline = byline;
        current.headerSource ??= byline.source;
        return;
      }
      const relative = findRelativeTime(text);
      if (relative) {
        current.relative = relative;
        return;
      }
      const bullet = getBulletSource(text);
      if (bullet) {
        current.headerSource ??= bullet;
        return;
      }
      const next = nextClueEntry(entries, index + 1);
      if (isSourceLike(text) && next && isHeaderClue(next.text)) {
        current.headerSource ??= text;
        return;
      }
    }

    if (entry.kind === 'heading') {
      const comparable = toComparableTitle(entry.text);
      let isStart: boolean;
      if (spans.has(index)) isStart = true;
      else if (current && !closed && index < spanEnd) isStart = false;
      else if (current && !closed && sub && wasFresh) isStart = false;
      else if (current && !closed && sub?.plural && !continueTitles.has(comparable)) {
        isStart = !sub.titles.some(
          (title) => getTitleResemblance(title, entry.text) >= MIN_TITLE_RESEMBLANCE,
        );
      } else isStart = true;

      if (isStart) {
        current = start(entry.text, entry.line);
        spanEnd = spans.get(index) ?? -1;
        return;
      }
      // A sub-article heading: part of the parent's text.
      if (sub) {
        sub.titles.push(entry.text);
        if (!sub.plural) subArticle = null;
      }
    } else if (sub && wasFresh && !sub.plural) {
      // A singular quoted article that opens with its body (a dateline) has no heading to absorb.
      subArticle = null;
    }

    if (!current || closed) current = start(toImplicitTitle(entry.text), entry.line);
    const previous = current.paragraphs.at(-1);
    if (previous && isWrappedContinuation(previous, entry)) {
      previous.text = `${previous.text} ${entry.text}`;
      previous.lastLine = entry.line;
    } else current.paragraphs.push({ line: entry.line, lastLine: entry.line, text: entry.text });
  });
  return drafts;
}

function getClues(draft: ArticleDraft): DateClues {
  const dateline = draft.paragraphs.map((paragraph) => findDateline(paragraph.text)).find(Boolean) ?? null;
  return {
    dateline,
    byline: draft.byline,
    textDate: findFirstTextDate(draft.paragraphs.map((paragraph) => paragraph.text).join('\n\n')),
    relative: draft.relative,
    weekday: findWeekdayMention(draft.paragraphs.map((paragraph) => paragraph.text).join('\n\n')),
  };
}

/** Builds the page's date context: years of full dates and bylines, every year mentioned, reference date. */
function getPageContext(
  text: string,
  cluesList: DateClues[],
  referenceDate: string | undefined,
): DateContext {
  const anchorYears = countAnchorYears(text);
  for (const clues of cluesList) {
    const years = [clues.byline?.date.slice(0, 4), clues.dateline?.date?.year].filter(Boolean);
    for (const year of years) anchorYears.set(Number(year), (anchorYears.get(Number(year)) ?? 0) + 1);
  }
  const context: DateContext = { anchorYears, mentionedYears: countYears(text), referenceDate: null };
  context.referenceDate = referenceDate ?? inferReferenceDate(cluesList, context);
  return context;
}

/**
 * Parses a scraped .txt page into articles. Ids are `<file stem>#<n>` (1-based, in page order), `line` is
 * the title's line, `text` is the body paragraphs joined by blank lines, without title and chrome.
 */
export function parsePage(text: string, file: string, options: PageParseOptions = {}): PageParseResult {
  const normalized = normalizeText(text);
  const drafts = toDrafts(toEntries(normalized.split('\n')));
  const cluesList = drafts.map(getClues);
  const context = getPageContext(normalized, cluesList, options.referenceDate);
  const prefix = options.idPrefix ?? getFileStem(file);
  const result: PageParseResult = { articles: [], skipped: [] };
  drafts.forEach((draft, position) => {
    const id = `${prefix}#${position + 1}`;
    const body = draft.paragraphs.map((paragraph) => paragraph.text).join('\n\n');
    if (body.trim() === '') {
      result.skipped.push({
        file,
        line: draft.line,
        reason: 'empty text',
        articleId: id,
        title: draft.title,
      });
      return;
    }
    const clues = cluesList[position] ?? {};
    const { date, dateOrigin } = resolveArticleDate(clues, context);
    result.articles.push({
      id,
      title: draft.title,
      text: body,
      date,
      dateOrigin,
      source: draft.headerSource ?? clues.dateline?.agency ?? draft.publisher ?? findPublisherMention(body),
      url: null,
      file,
      line: draft.line,
    });
  });
  return result;
}
