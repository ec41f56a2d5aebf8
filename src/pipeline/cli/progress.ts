// Progress reporting for long CLI runs: a cli-progress bar with articles/s and an ETA on a terminal, and
// plain stage lines when the output is a log (CI, pipes), so logs stay readable.
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** Starts a new stage; prints it on its own line. */
  stage(label: string): void;
  /**
   * Progress through the input: `done` of `total` (bytes, or any unit that grows evenly) and the number of
   * articles processed so far, for the rate.
   */
  update(done: number, total: number, articles: number): void;
  stop(): void;
}

/** Redraws at most this often, so progress costs nothing on fast runs. */
const REDRAW_INTERVAL_MS = 100;

export function createProgress(stream: NodeJS.WriteStream): Progress {
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  let bar: SingleBar | null = null;
  let startedAt = 0;
  let lastDraw = 0;
  const stopBar = (): void => {
    if (bar) {
      bar.stop();
      bar = null;
    }
  };
  return {
    stage(label) {
      stopBar();
      stream.write(`${label}…\n`);
    },
    update(done, total, articles) {
      if (!interactive) return;
      const now = performance.now();
      if (!bar) {
        bar = new SingleBar(
          {
            stream,
            format: '  {bar} {percentage}% | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
            hideCursor: true,
            etaBuffer: 40,
            fps: 10,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0, { articles: 0, rate: 0 });
        startedAt = now;
      }
      if (now - lastDraw < REDRAW_INTERVAL_MS && done < total) return;
      lastDraw = now;
      const seconds = Math.max((now - startedAt) / 1000, 0.001);
      bar.setTotal(total);
      bar.update(done, { articles, rate: Math.round(articles / seconds) });
    },
    stop() {
      if (bar) {
        // Estimates of bytes read fall a little short of the file size: finish the bar at 100%.
        bar.update(bar.getTotal());
      }
      stopBar();
    },
  };
}
