// `entente eval` (npm run eval): measures extraction against real references and prints one table —
// Reuters-21578 countries (document-level P/R/F1 against the editors' place tags), PLOVER gold records
// (interacting pair recall and type accuracy) and the seed pages (counts and the most-mentioned people).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { runBuild } from '../build/run-build.ts';
import { evaluatePlover, parsePloverFile } from '../eval/plover.ts';
import { evaluateReutersCountries } from '../eval/reuters-countries.ts';
import { getTopEntities } from '../report/summary.ts';
import type { EvalOptions } from './cli.ts';
import { createProgress } from './progress.ts';

interface Row {
  measure: string;
  value: string;
  goal: string;
  met: boolean | null;
}

const percent = (value: number): string => value.toFixed(3);

function formatTable(rows: readonly Row[]): string {
  const header = { measure: 'measure', value: 'value', goal: 'goal', met: 'met' };
  const widths = {
    measure: Math.max(header.measure.length, ...rows.map((row) => row.measure.length)),
    value: Math.max(header.value.length, ...rows.map((row) => row.value.length)),
    goal: Math.max(header.goal.length, ...rows.map((row) => row.goal.length)),
  };
  const line = (measure: string, value: string, goal: string, met: string): string =>
    `${measure.padEnd(widths.measure)}  ${value.padStart(widths.value)}  ${goal.padEnd(widths.goal)}  ${met}`;
  return [
    line(header.measure, header.value, header.goal, header.met),
    line('-'.repeat(widths.measure), '-'.repeat(widths.value), '-'.repeat(widths.goal), '---'),
    ...rows.map((row) =>
      line(row.measure, row.value, row.goal, row.met === null ? '' : row.met ? 'yes' : 'NO'),
    ),
  ].join('\n');
}

export async function evalCommand(options: EvalOptions): Promise<number> {
  const rows: Row[] = [];
  const progress = createProgress(process.stderr);

  if (existsSync(options.reuters)) {
    progress.stage('Reuters-21578 countries');
    const reutersOptions: Parameters<typeof evaluateReutersCountries>[1] = {
      onProgress: (done) => progress.update(done, options.limit ?? 20_841, done),
    };
    if (options.limit !== undefined) reutersOptions.limit = options.limit;
    const score = await evaluateReutersCountries(options.reuters, reutersOptions);
    progress.stop();
    rows.push(
      { measure: `Reuters countries: documents`, value: String(score.documents), goal: '', met: null },
      { measure: 'Reuters countries: precision', value: percent(score.precision), goal: '', met: null },
      { measure: 'Reuters countries: recall', value: percent(score.recall), goal: '', met: null },
      { measure: 'Reuters countries: F1', value: percent(score.f1), goal: '>= 0.75', met: score.f1 >= 0.75 },
    );
  } else {
    process.stderr.write(`entente eval: ${options.reuters} not found; skipping the Reuters benchmark.\n`);
  }

  if (existsSync(options.plover)) {
    progress.stage('PLOVER gold-standard records');
    const score = evaluatePlover(parsePloverFile(await readFile(options.plover, 'utf8')));
    rows.push(
      {
        measure: 'PLOVER: records with two countries',
        value: String(score.pairRecords),
        goal: '',
        met: null,
      },
      {
        measure: 'PLOVER: interacting pair recall',
        value: percent(score.pairRecall),
        goal: '>= 0.7',
        met: score.pairRecall >= 0.7,
      },
      {
        measure: 'PLOVER: type accuracy',
        value: percent(score.typeAccuracy),
        goal: '>= 0.6',
        met: score.typeAccuracy >= 0.6,
      },
    );
  } else {
    process.stderr.write(`entente eval: ${options.plover} not found; skipping the PLOVER benchmark.\n`);
  }

  progress.stage('Seed pages');
  const { bundle } = await runBuild([options.seeds], {
    id: 'seeds',
    title: 'Seeds',
    referenceDate: '2025-06-24',
    workers: 1,
  });
  const { counts } = bundle.meta;
  rows.push(
    { measure: 'Seeds: articles', value: String(counts.articles), goal: '', met: null },
    { measure: 'Seeds: undated articles', value: String(counts.undatedArticles), goal: '', met: null },
    ...Object.entries(counts.entitiesByType).map(([type, count]) => ({
      measure: `Seeds: entities (${type})`,
      value: String(count),
      goal: '',
      met: null,
    })),
    { measure: 'Seeds: interactions', value: String(counts.interactions), goal: '', met: null },
  );
  progress.stop();

  const people = getTopEntities(bundle, 20, 'person').sort(
    (a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1),
  );
  const peopleLines = people.map(
    (person, index) =>
      `${String(index + 1).padStart(2)}. ${person.label.padEnd(28)} ${String(person.mentions).padStart(3)} mentions  ${person.role ?? '—'}${person.country ? `, ${person.country}` : ''}`,
  );
  process.stdout.write(
    `${formatTable(rows)}\n\nSeeds: the 20 most-mentioned people (role, country)\n${peopleLines.join('\n')}\n`,
  );
  return 0;
}
