// A tiny bar sparkline: when, inside the window, a counterpart's interactions happened.
import { getSparklineBins } from '../graph/filters.ts';
import type { TimeWindow } from '../graph/timeline.ts';

interface SparklineProps {
  days: readonly number[];
  window: TimeWindow;
  bins?: number;
}

const WIDTH = 64;
const HEIGHT = 16;

export function Sparkline({ days, window, bins = 16 }: SparklineProps) {
  const counts = getSparklineBins(days, window, bins);
  const max = Math.max(1, ...counts);
  const barWidth = WIDTH / counts.length;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true">
      <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="sparkline-base" />
      {counts.map((count, bin) =>
        count === 0 ? null : (
          <rect
            key={bin}
            x={bin * barWidth + 0.5}
            width={Math.max(1, barWidth - 1)}
            y={HEIGHT - 1 - Math.max(2, (count / max) * (HEIGHT - 2))}
            height={Math.max(2, (count / max) * (HEIGHT - 2))}
          />
        ),
      )}
    </svg>
  );
}
