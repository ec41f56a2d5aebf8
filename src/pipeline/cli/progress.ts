// Progress reporting for long CLI runs: a cli-progress bar with rate and ETA on a terminal, and plain stage
// lines when the output is a log (CI, pipes), so logs stay readable.
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  /** Starts a new stage; prints it on its own line. */
  stage(label: string): void;
  /** A short status while a stage has no known total. */
  note(text: string): void;
  /** Progress within a stage with a known total (shows a bar with rate and ETA on a terminal). */
  update(done: number, total: number, unit: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream): Progress {
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  let bar: SingleBar | null = null;
  let barStartedAt = 0;
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
    note(text) {
      if (interactive) {
        stream.write(`\r\x1b[2K  ${text.slice(0, (stream.columns ?? 100) - 4)}`);
      }
    },
    update(done, total, unit) {
      if (!interactive) return;
      if (!bar) {
        stream.write('\r\x1b[2K');
        bar = new SingleBar(
          {
            stream,
            format: `  {bar} {percentage}% | {value}/{total} ${unit} | {rate}/s | ETA {eta_formatted}`,
            hideCursor: true,
            etaBuffer: 50,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '0' });
        barStartedAt = performance.now();
      }
      const seconds = Math.max((performance.now() - barStartedAt) / 1000, 0.001);
      bar.update(done, { rate: String(Math.round(done / seconds)) });
    },
    stop() {
      stopBar();
      if (interactive) stream.write('\r\x1b[2K');
    },
  };
}
