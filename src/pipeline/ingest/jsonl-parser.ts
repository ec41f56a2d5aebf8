// Reads one line of a JSONL corpus into a SourceArticle. Fields: id, title, date (ISO), text, and optional
// source, url, dateline (Reuters); other fields (tags) are ignored. A missing or unusable date is inferred
// from the dateline and text like a page article's. Pure: one line in, one result out.
import type { IngestProblem, SourceArticle } from '../types.ts';
import {
  countAnchorYears,
  countYears,
  findDateline,
  findFirstTextDate,
  parseGivenDate,
  resolveArticleDate,
  findWeekdayMention,
} from './article-dates.ts';
import type { DateClues, DateContext } from './article-dates.ts';
import { normalizeText } from './text-decoding.ts';
import { getFileStem } from './file-names.ts';

export interface JsonlParseOptions {
  /** YYYY-MM-DD used to place yearless dates when the text gives no year. */
  referenceDate?: string;
  /**
   * Years of the dates given on earlier lines of the same file, with counts: the file is the "page" whose
   * other dates place a yearless dateline ("HONG KONG, March 31 -") when the text itself names no full date.
   */
  fileYears?: Map<number, number>;
}

export type JsonlLineResult =
  /** `note` reports a problem with the line that did not cost the article (e.g. a bad date). */
  | { kind: 'article'; article: SourceArticle; note: IngestProblem | null }
  | { kind: 'skipped'; problem: IngestProblem }
  | { kind: 'problem'; problem: IngestProblem }
  | { kind: 'blank' };

const MAX_TITLE_CHARS = 100;
/**
 * Longest article text the pipeline takes (16 Mi characters; real articles stay under 200 K). Extraction
 * costs about 2 s per million characters, so a runaway line (a whole dump on one line) is skipped, not read.
 */
export const MAX_ARTICLE_CHARS = 16 * 1024 * 1024;
/** Longer lines are not even parsed as JSON: no article fits in them, and parsing would only cost memory. */
export const MAX_JSONL_LINE_CHARS = 4 * MAX_ARTICLE_CHARS;
/** Texts whose lines are all this short are hard-wrapped (newswire style), not one paragraph per line. */
const MAX_WRAPPED_LINE_CHARS = 90;

/**
 * Turns a JSONL body into paragraphs joined by blank lines, like page articles. A blank line or an indented
 * line starts a paragraph; in hard-wrapped text (Reuters: every line short) other line breaks are only
 * wrapping and become spaces, otherwise each line is a paragraph. A trailing wire sign-off ("REUTER") goes.
 */
export function toParagraphText(text: string): string {
  const lines = normalizeText(text).split('\n');
  const hardWrapped =
    lines.length > 1 && lines.every((line) => line.trimEnd().length <= MAX_WRAPPED_LINE_CHARS);
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (!hardWrapped || /^[ \t]{2,}/.test(line)) flush();
      current.push(line.trim());
    }
  }
  flush();
  return paragraphs
    .map((paragraph) => paragraph.join(' ').replace(/[ \t]{2,}/g, ' '))
    .join('\n\n')
    .replace(/(?:\s+REUTER|(?<=[.)"'’\d])\s+reuter)\s*(?:&#3;)?$/i, '')
    .trim();
}

function getOptionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** A title for a line that has none: the text's first sentence, cut to a readable length. */
function toFallbackTitle(text: string): string {
  const firstParagraph = text.split('\n\n')[0] ?? '';
  const firstSentence = /^.+?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  if (firstSentence.length <= MAX_TITLE_CHARS) return firstSentence;
  const cut = firstSentence.slice(0, MAX_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

function getDateClues(text: string, dateline: string | null): DateClues {
  const firstParagraph = text.split(/\n\s*\n/)[0] ?? '';
  const datelineFromText = findDateline(firstParagraph);
  const datelineDate = dateline ? findFirstTextDate(dateline) : null;
  return {
    dateline: datelineFromText ?? (datelineDate ? { agency: '', date: datelineDate } : null),
    textDate: findFirstTextDate(text),
    weekday: findWeekdayMention(text),
  };
}

/**
 * Parses one JSONL line. Blank lines are `blank`; lines that are not a JSON object with a string `text`
 * are `problem`s naming the line; an article whose text is empty is `skipped`. A `date` that is not a real
 * date between 1800 and 2100 does not cost the article: it is dated from its dateline and text instead (a
 * bad value says nothing reliable, and the text is still good evidence), and the line gets a `note`.
 */
export function parseJsonlLine(
  line: string,
  file: string,
  lineNumber: number,
  options: JsonlParseOptions = {},
): JsonlLineResult {
  const trimmed = line.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { kind: 'blank' };
  const where = { file, line: lineNumber };
  if (trimmed.length > MAX_JSONL_LINE_CHARS) {
    const reason = `line too long: ${trimmed.length} characters (limit ${MAX_JSONL_LINE_CHARS}); not parsed`;
    return { kind: 'problem', problem: { ...where, reason } };
  }
  if (trimmed.includes('\u0000'))
    return { kind: 'problem', problem: { ...where, reason: 'binary data (NUL bytes)' } };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'problem', problem: { ...where, reason: `not valid JSON (${detail.slice(0, 120)})` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'problem', problem: { ...where, reason: 'not a JSON object' } };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    return { kind: 'problem', problem: { ...where, reason: 'missing "text" field (or not a string)' } };
  }
  const id = getOptionalString(record, 'id') ?? `${getFileStem(file)}#${lineNumber}`;
  if (record.text.length > MAX_ARTICLE_CHARS) {
    const reason = `text too long: ${record.text.length} characters (limit ${MAX_ARTICLE_CHARS})`;
    const title = normalizeText(getOptionalString(record, 'title') ?? id).replace(/\s+/g, ' ');
    return { kind: 'skipped', problem: { ...where, reason, articleId: id, title } };
  }
  const text = toParagraphText(record.text);
  const title =
    normalizeText(getOptionalString(record, 'title') ?? '').replace(/\s+/g, ' ') || toFallbackTitle(text);
  if (text === '') {
    return { kind: 'skipped', problem: { ...where, reason: 'empty text', articleId: id, title } };
  }

  let note: IngestProblem | null = null;
  let given: string | null = null;
  const rawDate = record.date;
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    const parsed = typeof rawDate === 'string' ? parseGivenDate(rawDate) : { error: 'date is not a string' };
    if ('date' in parsed) given = parsed.date;
    else {
      note = {
        ...where,
        reason: `bad date: ${parsed.error}; article kept, dated from its text`,
        articleId: id,
        title,
      };
    }
  }
  const clues: DateClues = given ? { given } : getDateClues(text, getOptionalString(record, 'dateline'));
  const textAnchors = countAnchorYears(text);
  const context: DateContext = {
    anchorYears: textAnchors.size > 0 ? textAnchors : new Map(options.fileYears ?? []),
    mentionedYears: countYears(text),
    referenceDate: options.referenceDate ?? null,
  };
  const { date, dateOrigin } = resolveArticleDate(clues, context);
  const article: SourceArticle = {
    id,
    title,
    text,
    date,
    dateOrigin,
    source: getOptionalString(record, 'source') ?? (clues.dateline?.agency || null),
    url: getOptionalString(record, 'url'),
    file,
    line: lineNumber,
  };
  return { kind: 'article', article, note };
}
