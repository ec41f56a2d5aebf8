// The whole pipeline in one call: ingest -> extract -> resolve -> assemble (layout included). Used by the
// `entente build` command, by the benchmarks and by the determinism test; it writes nothing to disk.
import { parseBundle, type Bundle } from '../../graph/bundle.ts';
import { resolveEntities } from '../extract/index.ts';
import { readCorpus, type IngestOptions } from '../ingest/index.ts';
import type { ArticleExtraction, IngestProblem, SourceArticle } from '../types.ts';
import { assembleBundle } from './assemble-bundle.ts';
import { createExtractionSink, type ExtractionOptions } from './extract-pool.ts';
import { applyOverrides, getUnknownOverrideIds, type Overrides } from './overrides.ts';

export interface BuildOptions {
  id: string;
  title: string;
  referenceDate?: string;
  workers?: number;
  seed?: number;
  layoutIterations?: number;
  /** User overrides from `--aliases FILE`. */
  overrides?: Overrides;
  /** Told about things worth a user's attention that do not stop the build. */
  onWarning?: (message: string) => void;
  /** Progress callbacks per stage, for the CLI's progress bar. */
  onStage?: (stage: BuildStage) => void;
  /** Called as articles are read and extracted; `bytesRead` estimates how far into the input the read is. */
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildProgress {
  read: number;
  extracted: number;
  /** Estimated from the articles' sizes (JSON escapes and markup are not counted), for a progress bar. */
  bytesRead: number;
  file: string;
}

export type BuildStage = 'read' | 'extract' | 'resolve' | 'layout' | 'done';

export interface BuildTimings {
  /** Reading and extraction overlap (streaming), so they are timed together. */
  readAndExtractMs: number;
  resolveMs: number;
  /** Building the bundle records and validating it, layout excluded. */
  assembleMs: number;
  /** ForceAtlas2, Louvain and the overlap pass. */
  layoutMs: number;
  totalMs: number;
}

export interface BuildResult {
  bundle: Bundle;
  timings: BuildTimings;
}

export class NoUsableInputError extends Error {
  constructor(
    message: string,
    readonly problems: readonly IngestProblem[],
  ) {
    super(message);
    this.name = 'NoUsableInputError';
  }
}

/** Roughly the bytes an article's id, date, source and markup take in the input besides title and text. */
const ARTICLE_OVERHEAD_BYTES = 120;

export async function runBuild(inputs: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  options.onStage?.('read');
  const articles: SourceArticle[] = [];
  const skipped: IngestProblem[] = [];
  const problems: IngestProblem[] = [];
  const ingestOptions: IngestOptions = {};
  if (options.referenceDate) ingestOptions.referenceDate = options.referenceDate;
  const progress: BuildProgress = { read: 0, extracted: 0, bytesRead: 0, file: '' };
  const report = (): void => options.onProgress?.(progress);
  ingestOptions.onFile = (file) => {
    progress.file = file;
    report();
  };
  const extractionOptions: ExtractionOptions = {};
  if (options.workers !== undefined) extractionOptions.workers = options.workers;
  if (options.overrides) extractionOptions.overrides = options.overrides;
  extractionOptions.onProgress = (done) => {
    progress.extracted = done;
    report();
  };
  const sink = createExtractionSink(extractionOptions);

  // Reading and extraction overlap: articles stream into the sink, and only what the bundle keeps
  // (metadata, not the body text) stays in memory once an article has been extracted.
  let extractions: ArticleExtraction[];
  try {
    for await (const event of readCorpus([...inputs], ingestOptions)) {
      if (event.kind === 'article') {
        await sink.push(event.article);
        articles.push({ ...event.article, text: '' });
        progress.read = articles.length;
        progress.bytesRead += event.article.text.length + event.article.title.length + ARTICLE_OVERHEAD_BYTES;
      } else if (event.kind === 'skipped') skipped.push(event.problem);
      else problems.push(event.problem);
    }
    if (articles.length === 0) {
      const detail = [...problems, ...skipped]
        .slice(0, 10)
        .map((problem) => `  ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.reason}`)
        .join('\n');
      throw new NoUsableInputError(
        `entente build: no usable articles in ${inputs.join(', ')}${detail ? `\n${detail}` : ''}`,
        [...problems, ...skipped],
      );
    }
    options.onStage?.('extract');
    extractions = await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  const extractDone = performance.now();

  options.onStage?.('resolve');
  const resolved = resolveEntities(extractions);
  const resolution = options.overrides ? applyOverrides(resolved, options.overrides) : resolved;
  if (options.overrides && options.onWarning) {
    for (const id of getUnknownOverrideIds(resolved, options.overrides)) {
      options.onWarning(`overrides name ${id}, which is not an entity of this corpus; ignored`);
    }
  }
  const resolveDone = performance.now();

  options.onStage?.('layout');
  const layout: { seed?: number; iterations?: number } = {};
  if (options.seed !== undefined) layout.seed = options.seed;
  if (options.layoutIterations !== undefined) layout.iterations = options.layoutIterations;
  let layoutMs = 0;
  const bundle = assembleBundle({
    onLayoutDone: ({ milliseconds }) => {
      layoutMs = milliseconds;
    },
    id: options.id,
    title: options.title,
    articles,
    extractions,
    resolution,
    skipped,
    problems,
    layout,
  });
  // The restore step the app uses doubles as a self-check: never write a bundle the app would refuse.
  parseBundle(bundle);
  const finished = performance.now();
  options.onStage?.('done');
  return {
    bundle,
    timings: {
      readAndExtractMs: extractDone - started,
      resolveMs: resolveDone - extractDone,
      assembleMs: finished - resolveDone - layoutMs,
      layoutMs,
      totalMs: finished - started,
    },
  };
}
