// The whole pipeline in one call: ingest -> extract -> resolve -> assemble (layout included). Used by the
// `entente build` command, by the benchmarks and by the determinism test; it writes nothing to disk.
import { parseBundle, type Bundle } from '../../graph/bundle.ts';
import { resolveEntities } from '../extract/index.ts';
import { readCorpus, type IngestOptions } from '../ingest/index.ts';
import type { ArticleExtraction, IngestProblem, SourceArticle } from '../types.ts';
import { assembleBundle } from './assemble-bundle.ts';
import { createExtractionSink, type ExtractionOptions } from './extract-pool.ts';
import { applyOverrides, type Overrides } from './overrides.ts';

export interface BuildOptions {
  id: string;
  title: string;
  referenceDate?: string;
  workers?: number;
  seed?: number;
  layoutIterations?: number;
  /** User overrides from `--aliases FILE`. */
  overrides?: Overrides;
  /** Progress callbacks per stage, for the CLI's progress bar. */
  onStage?: (stage: BuildStage) => void;
  onReadProgress?: (articlesRead: number, file: string) => void;
  onExtractProgress?: (done: number, total: number) => void;
}

export type BuildStage = 'read' | 'extract' | 'resolve' | 'layout' | 'done';

export interface BuildTimings {
  /** Reading and extraction overlap (streaming), so they are timed together. */
  readAndExtractMs: number;
  resolveMs: number;
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

export async function runBuild(inputs: readonly string[], options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  options.onStage?.('read');
  const articles: SourceArticle[] = [];
  const skipped: IngestProblem[] = [];
  const problems: IngestProblem[] = [];
  const ingestOptions: IngestOptions = {};
  if (options.referenceDate) ingestOptions.referenceDate = options.referenceDate;
  let lastFile = '';
  ingestOptions.onFile = (file) => {
    lastFile = file;
    options.onReadProgress?.(articles.length, file);
  };
  const extractionOptions: ExtractionOptions = {};
  if (options.workers !== undefined) extractionOptions.workers = options.workers;
  if (options.overrides) extractionOptions.overrides = options.overrides;
  if (options.onExtractProgress) {
    const report = options.onExtractProgress;
    extractionOptions.onProgress = (done) => report(done, articles.length);
  }
  const sink = createExtractionSink(extractionOptions);

  // Reading and extraction overlap: articles stream into the sink, and only what the bundle keeps
  // (metadata, not the body text) stays in memory once an article has been extracted.
  let extractions: ArticleExtraction[];
  try {
    for await (const event of readCorpus([...inputs], ingestOptions)) {
      if (event.kind === 'article') {
        await sink.push(event.article);
        articles.push({ ...event.article, text: '' });
        if (articles.length % 500 === 0) options.onReadProgress?.(articles.length, lastFile);
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
  const resolveDone = performance.now();

  options.onStage?.('layout');
  const layout: { seed?: number; iterations?: number } = {};
  if (options.seed !== undefined) layout.seed = options.seed;
  if (options.layoutIterations !== undefined) layout.iterations = options.layoutIterations;
  const bundle = assembleBundle({
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
      layoutMs: finished - resolveDone,
      totalMs: finished - started,
    },
  };
}
