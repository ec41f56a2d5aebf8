// `entente bench` (npm run bench): the pipeline's figures in one table.
// - Reuters-21578: end-to-end throughput (read, extract in worker threads, resolve, lay out), per stage.
// - A synthetic corpus (`entente synth`, generated into a temporary folder and deleted afterwards) sized for
//   about 1M interactions, 10k entities and 100k pairs, built and written exactly as `entente build` does:
//   build time and throughput, and the bundle's bytes per interaction (the core the app fetches before its
//   first frame, raw and gzipped, and all files).
// - The browser figures (src/pipeline/bench/browser-bench.ts) on that synthetic bundle, when present.
// `--json FILE` writes the figures with the machine's cores, memory and CPU. Nothing is written to data/.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchFigure } from '../bench/figures.ts';
import { runBuild, type BuildOptions } from '../build/run-build.ts';
import { updateGraphIndex, writeBundleFiles, writeFileAtomic, writeLinesAtomic } from '../io/bundle-files.ts';
import { getCorpusBytes } from '../io/corpus-files.ts';
import { generateSyntheticArticles, type SynthOptions } from '../synth/index.ts';
import type { BenchOptions } from './cli.ts';
import { createProgress } from './progress.ts';

/**
 * The synthetic corpus of the scale figures. The pipeline reads about 4.5 interactions an article, so 222k
 * articles give about 1M interactions. A large cast with a steep prominence skew makes about 10k entities
 * ever appear while keeping the distinct pairs near 100k (with the default cast and skew, 200k articles
 * give about 400k pairs).
 */
export const SYNTH_BENCH_CORPUS: Required<Pick<SynthOptions, 'articles' | 'seed' | 'people' | 'skew'>> = {
  articles: 222_000,
  seed: 1,
  people: 120_000,
  skew: 3,
};

const SYNTH_BUNDLE_ID = 'synth-bench';
/** Imported at run time: the browser bench is written alongside, and the bench runs without it. */
const BROWSER_BENCH_MODULE = new URL('../bench/browser-bench.ts', import.meta.url);

type RunBrowserBench = (options: {
  graphsDir: string;
  bundleId: string;
  log: (line: string) => void;
}) => Promise<BenchFigure[]>;

export interface BenchMachine {
  cores: number;
  memoryGiB: number;
  cpuModel: string;
  node: string;
}

export function getBenchMachine(): BenchMachine {
  return {
    cores: availableParallelism(),
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
  };
}

/** Whether a figure meets a goal written as ">= 500" or "<= 8"; null when there is no goal. */
export function isGoalMet(figure: Pick<BenchFigure, 'value' | 'goal'>): boolean | null {
  const match = /^\s*(<=|>=|<|>)\s*(-?[\d.]+)\s*$/.exec(figure.goal ?? '');
  if (!match) return null;
  const bound = Number(match[2]);
  switch (match[1]) {
    case '<=':
      return figure.value <= bound;
    case '>=':
      return figure.value >= bound;
    case '<':
      return figure.value < bound;
    default:
      return figure.value > bound;
  }
}

/** The figures as an aligned table: figure, value, unit, goal, met. */
export function formatFigureTable(figures: readonly BenchFigure[]): string {
  const rows = [
    ['figure', 'value', 'unit', 'goal', 'met'],
    ...figures.map((figure) => {
      const met = isGoalMet(figure);
      return [
        figure.name,
        String(figure.value),
        figure.unit,
        figure.goal ?? '',
        met === null ? '' : met ? 'yes' : 'NO',
      ];
    }),
  ];
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const toLine = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return [toLine(header ?? []), toLine(widths.map((width) => '-'.repeat(width))), ...body.map(toLine)].join(
    '\n',
  );
}

function round(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

async function benchReuters(options: BenchOptions): Promise<BenchFigure[]> {
  if (!existsSync(options.reuters)) {
    process.stderr.write(
      `entente bench: ${options.reuters} not found (pass --reuters FILE); Reuters skipped.\n`,
    );
    return [];
  }
  const progress = createProgress(process.stderr);
  const totalBytes = Math.max(await getCorpusBytes([options.reuters]), 1);
  const buildOptions: BuildOptions = {
    id: 'reuters-bench',
    title: 'Reuters-21578 (benchmark)',
    onStage: (stage) => {
      if (stage !== 'done') progress.stage(`bench: Reuters ${stage}`);
    },
    onProgress: ({ extracted, bytesRead }) =>
      progress.update(Math.min(bytesRead, totalBytes), totalBytes, extracted),
  };
  if (options.workers !== undefined) buildOptions.workers = options.workers;
  const { bundle, timings } = await runBuild([options.reuters], buildOptions);
  progress.stop();
  const articles = bundle.meta.report.read;
  const seconds = timings.totalMs / 1000;
  return [
    {
      name: 'pipeline throughput (Reuters-21578, end to end)',
      value: Math.round(articles / seconds),
      unit: 'articles/s',
      goal: '>= 500',
    },
    { name: 'Reuters: pipeline wall time', value: round(seconds, 2), unit: 's', goal: null },
    {
      name: 'Reuters: read + extract (streamed)',
      value: Math.round(timings.readAndExtractMs),
      unit: 'ms',
      goal: null,
    },
    { name: 'Reuters: resolve', value: Math.round(timings.resolveMs), unit: 'ms', goal: null },
    { name: 'Reuters: assemble + validate', value: Math.round(timings.assembleMs), unit: 'ms', goal: null },
    {
      name: 'Reuters: layout (ForceAtlas2, Louvain, overlap pass)',
      value: Math.round(timings.layoutMs),
      unit: 'ms',
      goal: null,
    },
    { name: 'Reuters: articles read', value: articles, unit: 'articles', goal: null },
    { name: 'Reuters: entities', value: bundle.meta.counts.entities, unit: 'nodes', goal: null },
    {
      name: 'Reuters: interactions',
      value: bundle.meta.counts.interactions,
      unit: 'interactions',
      goal: null,
    },
    { name: 'Reuters: pairs', value: bundle.meta.counts.edges, unit: 'edges', goal: null },
    {
      name: 'Reuters: layout iterations',
      value: bundle.meta.layout.iterations,
      unit: 'iterations',
      goal: null,
    },
  ];
}

/**
 * Generates the synthetic corpus into `folder`, builds it and writes its bundle (with an index.json naming
 * it the default) into `folder/graphs`, as `entente build` would.
 */
async function benchSynthetic(options: BenchOptions, folder: string): Promise<BenchFigure[]> {
  const corpus: SynthOptions = { ...SYNTH_BENCH_CORPUS };
  if (options.synthArticles !== undefined) corpus.articles = options.synthArticles;
  const corpusFile = join(folder, 'synth.jsonl');
  const progress = createProgress(process.stderr);
  progress.stage(`bench: writing ${corpus.articles} synthetic articles`);
  let written = 0;
  await writeLinesAtomic(
    corpusFile,
    (function* toLines() {
      for (const article of generateSyntheticArticles(corpus)) {
        written += 1;
        if (written % 5000 === 0) progress.update(written, corpus.articles, written);
        yield `${JSON.stringify(article)}\n`;
      }
    })(),
  );
  progress.stop();

  // Timed from the first byte read to the last file renamed into place, as `entente build` runs.
  const started = performance.now();
  const totalBytes = Math.max(await getCorpusBytes([corpusFile]), 1);
  const buildOptions: BuildOptions = {
    id: SYNTH_BUNDLE_ID,
    title: `Synthetic corpus (${corpus.articles} articles, benchmark)`,
    onStage: (stage) => {
      if (stage !== 'done') progress.stage(`bench: synthetic ${stage}`);
    },
    onProgress: ({ extracted, bytesRead }) =>
      progress.update(Math.min(bytesRead, totalBytes), totalBytes, extracted),
  };
  if (options.workers !== undefined) buildOptions.workers = options.workers;
  const { bundle, timings } = await runBuild([corpusFile], buildOptions);
  progress.stop();
  const graphsDir = join(folder, 'graphs');
  const manifestFile = join(graphsDir, `${SYNTH_BUNDLE_ID}.json`);
  const files = await writeBundleFiles(manifestFile, bundle);
  await updateGraphIndex(manifestFile, bundle);
  const seconds = (performance.now() - started) / 1000;
  await rm(corpusFile, { force: true });

  const interactions = Math.max(bundle.meta.counts.interactions, 1);
  const core = files.filter((entry) => entry.role === 'manifest' || entry.role === 'columns');
  const coreBytes = core.reduce((sum, entry) => sum + entry.bytes, 0);
  // Each file is fetched (and compressed) on its own, so each is gzipped on its own.
  let coreGzipBytes = 0;
  for (const entry of core) coreGzipBytes += gzipSync(await readFile(entry.file)).byteLength;
  const allBytes = files.reduce((sum, entry) => sum + entry.bytes, 0);
  const articles = bundle.meta.report.read;
  return [
    {
      name: 'synthetic: build time (end to end, files written)',
      value: round(seconds, 2),
      unit: 's',
      goal: null,
    },
    {
      name: 'synthetic: build throughput',
      value: Math.round(articles / seconds),
      unit: 'articles/s',
      goal: '>= 500',
    },
    { name: 'synthetic: layout', value: Math.round(timings.layoutMs), unit: 'ms', goal: null },
    { name: 'synthetic: articles read', value: articles, unit: 'articles', goal: null },
    { name: 'synthetic: entities', value: bundle.meta.counts.entities, unit: 'nodes', goal: null },
    {
      name: 'synthetic: interactions',
      value: bundle.meta.counts.interactions,
      unit: 'interactions',
      goal: null,
    },
    { name: 'synthetic: pairs', value: bundle.meta.counts.edges, unit: 'edges', goal: null },
    {
      name: 'synthetic: core bytes/interaction (manifest + columns), raw',
      value: round(coreBytes / interactions, 2),
      unit: 'B/interaction',
      goal: '<= 8',
      note: `${coreBytes} bytes in ${core.length} files`,
    },
    {
      name: 'synthetic: core bytes/interaction (manifest + columns), gzip',
      value: round(coreGzipBytes / interactions, 2),
      unit: 'B/interaction',
      goal: '<= 4',
      note: `${coreGzipBytes} bytes gzipped (zlib default level), each file on its own`,
    },
    {
      name: 'synthetic: all files bytes/interaction (+ details, report), raw',
      value: round(allBytes / interactions, 2),
      unit: 'B/interaction',
      goal: null,
      note: `${allBytes} bytes in ${files.length} files`,
    },
  ];
}

/** The browser figures, or none (with a line saying why) when the browser bench is not there yet. */
async function benchBrowser(graphsDir: string): Promise<BenchFigure[]> {
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  let runBrowserBench: RunBrowserBench | undefined;
  try {
    ({ runBrowserBench } = (await import(BROWSER_BENCH_MODULE.href)) as {
      runBrowserBench?: RunBrowserBench;
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' || !String((error as Error).message).includes('browser-bench'))
      throw error;
  }
  if (typeof runBrowserBench !== 'function') {
    process.stdout.write('Browser figures skipped: src/pipeline/bench/browser-bench.ts is not there yet.\n');
    return [];
  }
  return runBrowserBench({ graphsDir, bundleId: SYNTH_BUNDLE_ID, log });
}

export async function benchCommand(options: BenchOptions): Promise<number> {
  const figures: BenchFigure[] = [];
  if (!options.skipReuters) figures.push(...(await benchReuters(options)));
  const folder = await mkdtemp(join(tmpdir(), 'entente-bench-'));
  try {
    figures.push(...(await benchSynthetic(options, folder)));
    if (options.skipBrowser) process.stdout.write('Browser figures skipped (--skip-browser).\n');
    else figures.push(...(await benchBrowser(join(folder, 'graphs'))));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  figures.push({
    name: 'peak memory (RSS)',
    value: Math.round(process.resourceUsage().maxRSS / 1024),
    unit: 'MiB',
    goal: null,
  });

  const machine = getBenchMachine();
  process.stdout.write(
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}\n${formatFigureTable(figures)}\n`,
  );
  const notes = figures.filter((figure) => figure.note);
  if (notes.length > 0) {
    process.stdout.write(`${notes.map((figure) => `  ${figure.name}: ${figure.note}`).join('\n')}\n`);
  }
  if (options.json) {
    await writeFileAtomic(options.json, `${JSON.stringify({ machine, figures }, null, 2)}\n`);
    process.stdout.write(`Wrote ${options.json}\n`);
  }
  return 0;
}
