// The ingest stage: turns input paths (scraped .txt pages, .jsonl, .html, folders of them) into a stream of
// SourceArticles, plus the articles it had to skip and the inputs that yielded nothing, each named by file
// and line. Ids are unique across the whole corpus: a repeated id is skipped, not overwritten.
import type { IngestProblem, IngestResult, SourceArticle } from '../types.ts';
import { listCorpusFiles, readCorpusFile, readLines, sniffTextFile } from '../io/corpus-files.ts';
import type { CorpusFileKind } from '../io/corpus-files.ts';
import { parseHtml } from './html-parser.ts';
import { parseJsonlLine } from './jsonl-parser.ts';
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

async function* readWholeFile(
  file: string,
  type: Exclude<CorpusFileKind, 'jsonl'>,
  idPrefix: string,
  options: IngestOptions,
): AsyncGenerator<IngestEvent> {
  let bytes: Uint8Array;
  try {
    bytes = await readCorpusFile(file);
  } catch (error) {
    const code = (error as { code?: string } | null)?.code ?? String(error);
    yield { kind: 'problem', problem: { file, line: null, reason: `cannot read: ${code}` } };
    return;
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    yield { kind: 'problem', problem: { file, line: null, reason: decoded.reason } };
    return;
  }
  if (decoded.invalidBytes) {
    const reason = 'invalid UTF-8, decoded with replacement characters (articles kept)';
    yield { kind: 'problem', problem: { file, line: null, reason } };
  }
  const parseOptions = { referenceDate: options.referenceDate, idPrefix };
  const result: PageParseResult =
    type === 'html'
      ? parseHtml(decoded.text, file, parseOptions)
      : parsePage(decoded.text, file, parseOptions);
  if (result.articles.length === 0 && result.skipped.length === 0) {
    yield { kind: 'problem', problem: { file, line: null, reason: 'no article found' } };
  }
  for (const problem of result.skipped) yield { kind: 'skipped', problem };
  for (const article of result.articles) yield { kind: 'article', article };
}

async function* readJsonlFile(file: string, options: IngestOptions): AsyncGenerator<IngestEvent> {
  let sawContent = false;
  let replacedLines = 0;
  const fileYears = new Map<number, number>();
  try {
    if ((await sniffTextFile(file)).binary) {
      yield { kind: 'problem', problem: { file, line: null, reason: 'binary file (not text)' } };
      return;
    }
    for await (const { line, lineNumber } of readLines(file)) {
      if (line.includes('\uFFFD')) replacedLines += 1;
      const result = parseJsonlLine(line, file, lineNumber, {
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
    const code = (error as { code?: string } | null)?.code ?? String(error);
    yield { kind: 'problem', problem: { file, line: null, reason: `cannot read: ${code}` } };
    return;
  }
  if (replacedLines > 0) {
    const reason = `${replacedLines} line(s) hold replacement characters (invalid UTF-8 decoded leniently)`;
    yield { kind: 'problem', problem: { file, line: null, reason } };
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
      if (earlier !== undefined) {
        const reason = `duplicate id ${article.id} (first seen at ${earlier})`;
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
