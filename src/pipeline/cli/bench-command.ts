// `entente bench` (npm run bench): end-to-end pipeline throughput on the Reuters-21578 corpus (read,
// extract in worker threads, resolve, lay out), with peak memory. Prints a table; `--json FILE` writes the
// same figures with the machine's cores and memory. Nothing generated from Reuters is written to data/.
import { existsSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { runBuild } from '../build/run-build.ts';
import { writeFileAtomic } from '../io/bundle-files.ts';
import type { BenchOptions } from './cli.ts';
import { createProgress } from './progress.ts';
import { getCorpusBytes } from '../io/corpus-files.ts';

export interface BenchMeasure {
  name: string;
  value: number;
  unit: string;
  goal: string;
}

export async function benchCommand(options: BenchOptions): Promise<number> {
  if (!existsSync(options.reuters)) {
    process.stderr.write(`entente bench: ${options.reuters} not found (pass --reuters FILE).\n`);
    return 2;
  }
  const progress = createProgress(process.stderr);
  const totalBytes = Math.max(await getCorpusBytes([options.reuters]), 1);
  const buildOptions: Parameters<typeof runBuild>[1] = {
    id: 'reuters-bench',
    title: 'Reuters-21578 (benchmark)',
    onStage: (stage) => {
      if (stage !== 'done') progress.stage(`bench: ${stage}`);
    },
    onProgress: ({ extracted, bytesRead }) =>
      progress.update(Math.min(bytesRead, totalBytes), totalBytes, extracted),
  };
  if (options.workers !== undefined) buildOptions.workers = options.workers;
  const { bundle, timings } = await runBuild([options.reuters], buildOptions);
  progress.stop();
  const articles = bundle.meta.report.read;
  const seconds = timings.totalMs / 1000;
  const measures: BenchMeasure[] = [
    {
      name: 'pipeline throughput (Reuters-21578, end to end)',
      value: Math.round(articles / seconds),
      unit: 'articles/s',
      goal: '>= 500',
    },
    { name: 'pipeline wall time', value: Number(seconds.toFixed(2)), unit: 's', goal: '' },
    { name: 'read + extract (streamed)', value: Math.round(timings.readAndExtractMs), unit: 'ms', goal: '' },
    { name: 'resolve', value: Math.round(timings.resolveMs), unit: 'ms', goal: '' },
    { name: 'assemble + validate', value: Math.round(timings.assembleMs), unit: 'ms', goal: '' },
    {
      name: 'layout (ForceAtlas2, Louvain, overlap pass)',
      value: Math.round(timings.layoutMs),
      unit: 'ms',
      goal: '',
    },
    { name: 'articles read', value: articles, unit: 'articles', goal: '' },
    { name: 'entities', value: bundle.meta.counts.entities, unit: 'nodes', goal: '' },
    { name: 'interactions', value: bundle.meta.counts.interactions, unit: 'interactions', goal: '' },
    { name: 'pairs', value: bundle.meta.counts.edges, unit: 'edges', goal: '' },
    { name: 'layout iterations', value: bundle.meta.layout.iterations, unit: 'iterations', goal: '' },
    {
      name: 'peak memory (RSS)',
      value: Math.round(process.resourceUsage().maxRSS / 1024),
      unit: 'MiB',
      goal: '',
    },
  ];
  const width = Math.max(...measures.map((measure) => measure.name.length));
  const lines = measures.map(
    (measure) =>
      `${measure.name.padEnd(width)}  ${String(measure.value).padStart(9)} ${measure.unit.padEnd(12)} ${measure.goal}`,
  );
  const machine = {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
  };
  process.stdout.write(
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}\n${lines.join('\n')}\n`,
  );
  if (options.json) {
    await writeFileAtomic(
      options.json,
      `${JSON.stringify({ date: new Date().toISOString(), machine, measures }, null, 2)}\n`,
    );
    process.stdout.write(`Wrote ${options.json}\n`);
  }
  return 0;
}
