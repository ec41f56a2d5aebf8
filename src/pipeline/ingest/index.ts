// The ingest stage: turns input paths (scraped .txt pages, .jsonl, .html, folders of them) into a stream of
// SourceArticles, plus the articles it had to skip and the inputs that yielded nothing, each named by file
// and line. Ids are unique across the whole corpus: a repeated id is skipped, not overwritten.
import type { IngestProblem, IngestResult, SourceArticle } from '../types.ts';
import {
  FileTooLargeError,
  listCorpusFiles,
  readCorpusFile,
  readLines,
  sniffTextFile,
} from '../io/corpus-files.ts';
import type { CorpusFileKind } from '../io/corpus-files.ts';
import { parseHtml } from './html-parser.ts';
import { MAX_ARTICLE_CHARS, parseJsonlLine } from './jsonl-parser.ts';
import type { JsonlLineResult, JsonlParseOptions } from './jsonl-parser.ts';
import { parsePage } from './page-parser.ts';
import type { PageParseResult } from './page-parser.ts';
import { decodeBytes } from './text-decoding.ts';
import { getFileStem, getPathStem } from './file-names.ts';

export { parsePage } from './page-parser.ts';
export type { PageParseOptions, PageParseResult } from './page-parser.ts';
export { parseHtml } from './html-parser.ts';
export { parseJsonlLine } from './jsonl-parser.ts';
export type { JsonlLineResult, JsonlParseOptions } from './jsonl-parser.ts';

export interface IngestOptions {
  /** YYYY-MM-DD: the date relative times ("5 hours ago", "on Monday") resolve against when a page gives none. */
  referenceDate?: string;
  /** Called per file as it is read, for a progress bar. */
  onFile?: (file: string) => void;
}

export type IngestEvent =
  | { kind: 'article'; article: SourceArticle }
  /** An article read but unusable (empty text, duplicate id...): has articleId/title. */
  | { kind: 'skipped'; problem: IngestProblem }
  /** An input that yielded no article (unreadable/binary/empty file, malformed JSONL line), or a note on one. */
  | { kind: 'problem'; problem: IngestProblem };

function checkReferenceDate(referenceDate: string | undefined): void {
  if (referenceDate === undefined) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(referenceDate);
  const valid = match && new Date(`${referenceDate}T00:00:00Z`).toISOString().slice(0, 10) === referenceDate;
  if (!valid)
    throw new Error(`entente/ingest: invalid referenceDate "${referenceDate}" (expected YYYY-MM-DD)`);
}

/** Whole-file inputs (pages, HTML) larger than this are refused; a corpus that big belongs in JSONL. */
const MAX_WHOLE_FILE_BYTES = 128 * 1024 * 1024;

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

/** 1-based line of the first replacement character, where lenient decoding met invalid bytes. */
function getFirstReplacementLine(text: string): number | null {
  const index = text.indexOf('\uFFFD');
  if (index < 0) return null;
  let line = 1;
  for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

async function* readWholeFile(
  file: string,
  type: Exclude<CorpusFileKind, 'jsonl'>,
  idPrefix: string,
  options: IngestOptions,
): AsyncGenerator<IngestEvent> {
  let bytes: Uint8Array;
  try {
    bytes = await readCorpusFile(file, MAX_WHOLE_FILE_BYTES);
  } catch (error) {
    const reason =
      error instanceof FileTooLargeError
        ? `file too large: ${error.size} bytes (limit ${MAX_WHOLE_FILE_BYTES} for ${type} files; use JSONL)`
        : `cannot read: ${describeError(error)}`;
    yield { kind: 'problem', problem: { file, line: null, reason } };
    return;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield { kind: 'problem', problem: { file, line: null, reason: decoded.reason } };
    return;
  }
  if (decoded.invalidBytes) {
    const line = getFirstReplacementLine(decoded.text);
    const reason = `invalid UTF-8${line ? ` (first at line ${line})` : ''}, decoded with replacement characters (articles kept)`;
    yield { kind: 'problem', problem: { file, line, reason } };
  }
  const parseOptions = { referenceDate: options.referenceDate, idPrefix };
  let result: PageParseResult;
  try {
    result =
      type === 'html'
        ? parseHtml(decoded.text, file, parseOptions)
        : parsePage(decoded.text, file, parseOptions);
  } catch (error) {
    // A parser bug or a pathological document costs this file only, never the whole build.
    yield { kind: 'problem', problem: { file, line: null, reason: `cannot parse: ${describeError(error)}` } };
    return;
  }
  for (const problem of result.notes ?? []) yield { kind: 'problem', problem };
  if (result.articles.length === 0 && result.skipped.length === 0) {
    yield { kind: 'problem', problem: { file, line: null, reason: 'no article found' } };
  }
  for (const problem of result.skipped) yield { kind: 'skipped', problem };
  for (const article of result.articles) yield { kind: 'article', article };
}

function parseJsonlLineSafely(
  line: string,
  file: string,
  lineNumber: number,
  options: JsonlParseOptions,
): JsonlLineResult {
  try {
    return parseJsonlLine(line, file, lineNumber, options);
  } catch (error) {
    const reason = `cannot parse: ${describeError(error)}`;
    return { kind: 'problem', problem: { file, line: lineNumber, reason } };
  }
}

async function* readJsonlFile(file: string, options: IngestOptions): AsyncGenerator<IngestEvent> {
  let sawContent = false;
  let replacedLines = 0;
  let firstReplacedLine = 0;
  let lastLine = 0;
  const fileYears = new Map<number, number>();
  try {
    if ((await sniffTextFile(file)).binary) {
      yield { kind: 'problem', problem: { file, line: null, reason: 'binary file (not text)' } };
      return;
    }
    for await (const { line, lineNumber } of readLines(file)) {
      lastLine = lineNumber;
      if (line.includes('\uFFFD')) {
        replacedLines += 1;
        if (firstReplacedLine === 0) firstReplacedLine = lineNumber;
      }
      const result = parseJsonlLineSafely(line, file, lineNumber, {
        referenceDate: options.referenceDate,
        fileYears,
      });
      if (result.kind === 'blank') continue;
      sawContent = true;
      if (result.kind === 'article') {
        if (result.article.dateOrigin === 'given' && result.article.date) {
          const year = Number(result.article.date.slice(0, 4));
          fileYears.set(year, (fileYears.get(year) ?? 0) + 1);
        }
        if (result.note) yield { kind: 'problem', problem: result.note };
        yield { kind: 'article', article: result.article };
      } else yield result;
    }
  } catch (error) {
    // The lines before the failure were read and stay read; the rest of the file is lost, and said so.
    const reason = `cannot read${lastLine > 0 ? ` past line ${lastLine}` : ''}: ${describeError(error)}`;
    yield { kind: 'problem', problem: { file, line: lastLine > 0 ? lastLine + 1 : null, reason } };
    return;
  }
  if (replacedLines > 0) {
    const reason = `${replacedLines} line(s) hold replacement characters (invalid UTF-8 decoded leniently), first at line ${firstReplacedLine}`;
    yield { kind: 'problem', problem: { file, line: firstReplacedLine, reason } };
  }
  if (!sawContent) yield { kind: 'problem', problem: { file, line: null, reason: 'empty file' } };
}

/**
 * Streams the corpus: files and folders (recursive, sorted, deterministic order, symlink loops detected),
 * JSONL streamed line by line (never loaded whole). Page ids are `<file stem>#<n>`; when two files share a
 * stem, the later one's ids use its path without extension instead.
 */
export async function* readCorpus(paths: string[], options: IngestOptions = {}): AsyncIterable<IngestEvent> {
  checkReferenceDate(options.referenceDate);
  const firstSeen = new Map<string, string>();
  const stems = new Map<string, string>();
  for await (const entry of listCorpusFiles(paths)) {
    if (entry.kind === 'problem') {
      yield entry;
      continue;
    }
    const { file, type } = entry;
    options.onFile?.(file);
    const stem = getFileStem(file);
    const idPrefix = stems.has(stem) && stems.get(stem) !== file ? getPathStem(file) : stem;
    stems.set(stem, stems.get(stem) ?? file);
    const events =
      type === 'jsonl' ? readJsonlFile(file, options) : readWholeFile(file, type, idPrefix, options);
    for await (const event of events) {
      if (event.kind !== 'article') {
        yield event;
        continue;
      }
      const { article } = event;
      const where = `${article.file}:${article.line ?? '?'}`;
      const earlier = firstSeen.get(article.id);
      const tooLong = article.text.length > MAX_ARTICLE_CHARS;
      if (earlier !== undefined || tooLong) {
        const reason =
          earlier !== undefined
            ? `duplicate id: ${article.id} (first seen at ${earlier})`
            : `text too long: ${article.text.length} characters (limit ${MAX_ARTICLE_CHARS})`;
        yield {
          kind: 'skipped',
          problem: {
            file: article.file,
            line: article.line,
            reason,
            articleId: article.id,
            title: article.title,
          },
        };
        continue;
      }
      firstSeen.set(article.id, where);
      yield event;
    }
  }
}

/** Convenience: collects readCorpus into an IngestResult. */
export async function ingestPaths(paths: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const result: IngestResult = { articles: [], skipped: [], problems: [] };
  for await (const event of readCorpus(paths, options)) {
    if (event.kind === 'article') result.articles.push(event.article);
    else if (event.kind === 'skipped') result.skipped.push(event.problem);
    else result.problems.push(event.problem);
  }
  return result;
}
