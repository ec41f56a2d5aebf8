// Runs the browser bench alone, for work on the app's performance without the whole `entente bench`:
//   node --import tsx src/pipeline/bench/run-browser-bench.ts <graphsDir> <bundleId>
// e.g. `... data/graphs seeds`. Progress goes to stderr, the figures as a table to stdout.
import { runBrowserBench } from './browser-bench.ts';

const [graphsDir, bundleId] = process.argv.slice(2);
if (!graphsDir || !bundleId) {
  process.stderr.write(
    'usage: node --import tsx src/pipeline/bench/run-browser-bench.ts <graphsDir> <bundleId>\n',
  );
  process.exit(2);
}
const figures = await runBrowserBench({
  graphsDir,
  bundleId,
  log: (line) => process.stderr.write(`${line}\n`),
});
const rows = figures.map((figure) => [figure.name, `${figure.value} ${figure.unit}`, figure.goal ?? '']);
const widths = [0, 1, 2].map((column) =>
  Math.max(...[['figure', 'value', 'goal'], ...rows].map((row) => row[column]?.length ?? 0)),
);
for (const row of [['figure', 'value', 'goal'], ...rows]) {
  process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}\n`);
}
for (const figure of figures) process.stdout.write(`\n${figure.name}: ${figure.note ?? ''}`);
process.stdout.write('\n');
