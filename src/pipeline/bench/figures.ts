// One measured figure of `entente bench`, shared by the pipeline bench (src/pipeline/cli/bench-command.ts)
// and the browser bench (src/pipeline/bench/browser-bench.ts) without either importing the other.
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** A bound such as "<= 8" or ">= 500", or null when the figure is only reported. */
  goal: string | null;
  note?: string;
}
