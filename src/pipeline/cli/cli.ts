// The `entente` command line: build, export, inspect, eval and bench. This is one of the only two places
// in the pipeline that touch the disk (with src/pipeline/io); everything it calls is a pure stage.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import {
  readBundleFile,
  readBundleFromDisk,
  updateGraphIndex,
  writeBundleFiles,
  writeFileAtomic,
  writeLinesAtomic,
} from '../io/bundle-files.ts';
import { toCsvTables } from '../../graph/csv.ts';
import { formatBundleFiles, formatCounts, formatInspection, formatSkipped } from '../report/summary.ts';
import { NoUsableInputError, runBuild, type BuildStage } from '../build/run-build.ts';
import { ENTENTE_VERSION, SKIP_REASON_NO_ENTITIES } from '../build/assemble-bundle.ts';
import { parseOverrides } from '../build/overrides.ts';
import type { Bundle } from '../../graph/bundle.ts';
import type { SynthOptions, SyntheticArticle } from '../synth/index.ts';
import { createProgress } from './progress.ts';
import { getCorpusBytes } from '../io/corpus-files.ts';

function parseIsoDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  }
  return value;
}

function parseCountOption(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new InvalidArgumentError('expected a whole number.');
  return count;
}

function parseNumberOption(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new InvalidArgumentError('expected a number.');
  return number;
}

function toBundleId(out: string): string {
  return basename(out, extname(out))
    .replace(/[^a-z0-9_-]+/gi, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

const STAGE_LABELS: Record<BuildStage, string> = {
  read: 'Reading corpus',
  extract: 'Extracting entities and interactions',
  resolve: 'Resolving entities',
  layout: 'Laying out the graph',
  done: 'Done',
};

interface BuildCommandOptions {
  out: string;
  id?: string;
  title?: string;
  referenceDate?: string;
  workers?: number;
  seed?: number;
  index: boolean;
  strict?: boolean;
  aliases?: string;
}

async function buildCommand(inputs: string[], options: BuildCommandOptions): Promise<number> {
  const missing = inputs.filter((input) => !existsSync(input));
  if (missing.length > 0) {
    process.stderr.write(`entente build: no such file or folder: ${missing.join(', ')}\n`);
    return 2;
  }
  if (!options.out.endsWith('.json')) {
    process.stderr.write(`entente build: --out must name a .json file (got ${options.out})\n`);
    return 2;
  }
  const outFolder = dirname(options.out);
  if (existsSync(outFolder) && !statSync(outFolder).isDirectory()) {
    process.stderr.write(
      `entente build: cannot write ${options.out}: ${outFolder} is a file, not a folder\n`,
    );
    return 2;
  }
  const id = options.id ?? toBundleId(options.out);
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(id)) {
    process.stderr.write(
      `entente build: --id must be letters, digits, - and _ (got ${JSON.stringify(id)})\n`,
    );
    return 2;
  }
  const progress = createProgress(process.stderr);
  const totalBytes = Math.max(await getCorpusBytes(inputs), 1);
  const buildOptions: Parameters<typeof runBuild>[1] = {
    id,
    title: options.title ?? id,
    onStage: (stage) => {
      if (stage !== 'done') progress.stage(STAGE_LABELS[stage]);
    },
    onProgress: ({ extracted, bytesRead }) =>
      progress.update(Math.min(bytesRead, totalBytes), totalBytes, extracted),
  };
  if (options.referenceDate) buildOptions.referenceDate = options.referenceDate;
  if (options.workers !== undefined) buildOptions.workers = options.workers;
  if (options.seed !== undefined) buildOptions.seed = options.seed;
  if (options.aliases) {
    let text: string;
    try {
      text = await readFile(options.aliases, 'utf8');
    } catch (error) {
      process.stderr.write(
        `entente build: cannot read --aliases ${options.aliases}: ${(error as Error).message}\n`,
      );
      return 2;
    }
    try {
      buildOptions.overrides = parseOverrides(text, options.aliases);
    } catch (error) {
      process.stderr.write(`entente build: ${(error as Error).message}\n`);
      return 2;
    }
  }
  buildOptions.onWarning = (message) => process.stderr.write(`entente build: warning: ${message}\n`);
  try {
    const { bundle, timings } = await runBuild(inputs, buildOptions);
    progress.stop();
    const inputFailures = getInputFailures(bundle);
    if (options.strict && inputFailures.length > 0) {
      process.stderr.write(
        `entente build --strict: ${inputFailures.length} input problem(s); nothing written.\n${inputFailures
          .slice(0, 20)
          .map((line) => `  ${line}`)
          .join('\n')}\n`,
      );
      return 1;
    }
    const written = await writeBundleFiles(options.out, bundle);
    const lines = [...formatCounts(bundle)];
    if (options.index) lines.push(`  index         ${await updateGraphIndex(options.out, bundle)}`);
    const seconds = timings.totalMs / 1000;
    lines.push(
      `  layout time   ${(timings.layoutMs / 1000).toFixed(2)} s for ${bundle.meta.layout.iterations} iterations`,
    );
    lines.push(
      `  time          ${seconds.toFixed(2)} s (${Math.round(bundle.meta.report.read / Math.max(seconds, 0.001))} articles/s)`,
      `Wrote ${options.out} (and ${written.length - 1} more files beside it)`,
    );
    const skipped = formatSkipped(bundle, 20);
    process.stdout.write(`${lines.join('\n')}\n${skipped.join('\n')}\n`);
    return 0;
  } catch (error) {
    progress.stop();
    if (error instanceof NoUsableInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** Problems with the input itself (not articles that merely named no entity), one line each. */
function getInputFailures(bundle: Bundle): string[] {
  const { report } = bundle.meta;
  const where = (file: string, line: number | null): string => `${file}${line ? `:${line}` : ''}`;
  return [
    ...report.problems.map((problem) => `${where(problem.file, problem.line)}: ${problem.reason}`),
    ...report.articles
      .filter((article) => article.status === 'skipped' && article.reason !== SKIP_REASON_NO_ENTITIES)
      .map((article) => `${where(article.file, article.line)}: ${article.reason ?? 'skipped'}`),
  ];
}

async function exportCommand(bundleFile: string, options: { format: string; out: string }): Promise<number> {
  if (options.format !== 'csv') {
    process.stderr.write(
      `entente export: unsupported format ${JSON.stringify(options.format)} (supported: csv)\n`,
    );
    return 2;
  }
  const bundle = await readBundleFile(bundleFile);
  await mkdir(options.out, { recursive: true });
  const tables = toCsvTables(bundle);
  for (const [name, content] of Object.entries(tables)) {
    await writeFileAtomic(join(options.out, `${name}.csv`), content);
  }
  process.stdout.write(
    `Wrote ${Object.keys(tables)
      .map((name) => join(options.out, `${name}.csv`))
      .join(', ')}\n`,
  );
  return 0;
}

async function inspectCommand(bundleFile: string): Promise<number> {
  const { bundle, files } = await readBundleFromDisk(bundleFile);
  process.stdout.write(`${formatInspection(bundle)}\n\n${formatBundleFiles(files, bundle).join('\n')}\n`);
  return 0;
}

interface SynthCommandOptions {
  articles: number;
  seed: number;
  out: string;
  people?: number;
  skew?: number;
}

async function synthCommand(options: SynthCommandOptions): Promise<number> {
  const { generateSyntheticArticles } = await import('../synth/index.ts');
  const synthOptions: SynthOptions = { articles: options.articles, seed: options.seed };
  if (options.people !== undefined) synthOptions.people = options.people;
  if (options.skew !== undefined) synthOptions.skew = options.skew;
  let articles: Iterable<SyntheticArticle>;
  try {
    articles = generateSyntheticArticles(synthOptions);
  } catch (error) {
    process.stderr.write(`entente synth: ${(error as Error).message}\n`);
    return 2;
  }
  const progress = createProgress(process.stderr);
  progress.stage(`Writing ${options.articles} synthetic articles`);
  let written = 0;
  await writeLinesAtomic(
    options.out,
    (function* toLines() {
      for (const article of articles) {
        written += 1;
        if (written % 5000 === 0) progress.update(written, options.articles, written);
        yield `${JSON.stringify(article)}\n`;
      }
    })(),
  );
  progress.stop();
  process.stdout.write(`Wrote ${written} articles to ${options.out}\n`);
  return 0;
}

function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('entente')
    .description(
      'Turn news articles about diplomacy into a dated network of countries, people and organisations.',
    )
    .version(ENTENTE_VERSION)
    .exitOverride()
    .showHelpAfterError();

  program
    .command('build')
    .description('Read a corpus (pages .txt, .jsonl, .html, or folders) and write a graph bundle.')
    .argument('<inputs...>', 'files or folders (read recursively)')
    .requiredOption(
      '--out <file>',
      'bundle manifest to write (its other files go beside it), e.g. data/graphs/seeds.json',
    )
    .option('--id <id>', 'bundle id (default: the output file name)')
    .option('--title <title>', 'title shown in the app')
    .option(
      '--reference-date <date>',
      'date that relative times ("5 hours ago") resolve against',
      parseIsoDateOption,
    )
    .option('--workers <n>', 'worker threads for extraction (default: all cores)', parseCountOption)
    .option('--seed <n>', 'layout seed', parseCountOption)
    .option('--no-index', 'do not add the bundle to index.json beside it')
    .option('--aliases <file>', 'JSON overrides: add entities and aliases, merge two entities, drop one')
    .option('--strict', 'fail (exit 1, write nothing) on any bad input instead of reporting and going on')
    .action(async (inputs: string[], options: BuildCommandOptions) =>
      setExitCode(await buildCommand(inputs, options)),
    );

  program
    .command('export')
    .description('Export a bundle as CSV tables: articles, nodes, interactions, mentions.')
    .argument('<bundle>', 'bundle manifest (or version 1 bundle file)')
    .option('--format <format>', 'export format', 'csv')
    .requiredOption('--out <dir>', 'folder to write the tables into')
    .action(async (bundle: string, options: { format: string; out: string }) =>
      setExitCode(await exportCommand(bundle, options)),
    );

  program
    .command('inspect')
    .description(
      'Print counts, the date range, the top entities, the skipped articles and the files of a bundle.',
    )
    .argument('<bundle>', 'bundle manifest (or version 1 bundle file)')
    .action(async (bundle: string) => setExitCode(await inspectCommand(bundle)));

  program
    .command('eval')
    .description('Measure extraction: Reuters-21578 countries, PLOVER interactions, seed counts.')
    .option('--reuters <file>', 'Reuters-21578 JSONL', '../shared/corpus/reuters21578/reuters21578.jsonl')
    .option('--plover <file>', 'PLOVER gold-standard file', '../shared/eval/plover/PLOVER_GSR_CAMEO.txt')
    .option('--seeds <folder>', 'seed pages', 'data/corpus/seeds')
    .option('--limit <n>', 'only the first n Reuters articles', parseCountOption)
    .action(async (options: EvalOptions) => {
      const { evalCommand } = await import('./eval-command.ts');
      setExitCode(await evalCommand(options));
    });

  program
    .command('synth')
    .description('Write a synthetic, news-like JSONL corpus for scale tests (deterministic for a seed).')
    .requiredOption('--articles <n>', 'number of articles', parseCountOption)
    .option('--seed <n>', 'random seed', parseCountOption, 1)
    .option('--people <n>', 'people in the cast (default 3000)', parseCountOption)
    .option(
      '--skew <x>',
      'exponent on prominence (default 1); higher concentrates interactions on fewer pairs',
      parseNumberOption,
    )
    .requiredOption('--out <file>', 'JSONL file to write')
    .action(async (options: SynthCommandOptions) => setExitCode(await synthCommand(options)));

  program
    .command('bench')
    .description(
      'Benchmark the pipeline on Reuters-21578 and a large synthetic corpus, and the app in Chromium; print a table.',
    )
    .option('--reuters <file>', 'Reuters-21578 JSONL', '../shared/corpus/reuters21578/reuters21578.jsonl')
    .option('--json <file>', 'also write the figures as JSON')
    .option('--workers <n>', 'worker threads', parseCountOption)
    .option('--skip-reuters', 'leave out the Reuters-21578 figures')
    .option('--skip-browser', 'leave out the browser figures')
    .option(
      '--synth-articles <n>',
      'size of the synthetic corpus (default: about 1M interactions)',
      parseCountOption,
    )
    .action(async (options: BenchOptions) => {
      const { benchCommand } = await import('./bench-command.ts');
      setExitCode(await benchCommand(options));
    });
  return program;
}

export interface EvalOptions {
  reuters: string;
  plover: string;
  seeds: string;
  limit?: number;
}

export interface BenchOptions {
  reuters: string;
  json?: string;
  workers?: number;
  skipReuters?: boolean;
  skipBrowser?: boolean;
  synthArticles?: number;
}

/** Runs the CLI and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
