// The timeline under the graph: a histogram of dated interactions per day, week or month, and a
// two-handle window over it. Handles drag with the pointer and move with the keyboard (arrows: a day,
// Page Up/Down: a week, Home/End: the limits); dragging the window pans it, brushing the background
// draws a new one, and a click (without dragging) selects the day, week or month under the pointer.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDay } from '../graph/dates.ts';
import {
  clampWindow,
  getDateTicks,
  type BucketUnit,
  type HistogramBucket,
  type TimeWindow,
} from '../graph/timeline.ts';

interface TimelineProps {
  range: TimeWindow;
  window: TimeWindow;
  buckets: readonly HistogramBucket[];
  unit: BucketUnit;
  onChange: (window: TimeWindow) => void;
}

const MARGIN = 14;
const CHART_HEIGHT = 58;
const AXIS_HEIGHT = 20;

type DragMode = 'start' | 'end' | 'move' | 'brush';
interface Drag {
  mode: DragMode;
  originDay: number;
  originWindow: TimeWindow;
  moved: boolean;
}

export function Timeline({ range, window, buckets, unit, onChange }: TimelineProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<Drag | null>(null);
  const [width, setWidth] = useState(800);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(200, entry.contentRect.width));
    });
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  const innerWidth = width - 2 * MARGIN;
  const days = range.end + 1 - range.start;
  const toX = (day: number): number => MARGIN + ((day - range.start) / days) * innerWidth;
  const toDay = (x: number): number => range.start + ((x - MARGIN) / innerWidth) * days;
  const maxCount = useMemo(() => Math.max(1, ...buckets.map((bucket) => bucket.count)), [buckets]);
  const ticks = useMemo(() => getDateTicks(range, Math.floor(innerWidth / 64)), [range, innerWidth]);

  const localX = (event: PointerEvent<HTMLDivElement>): number => {
    const rect = frameRef.current?.getBoundingClientRect();
    return rect ? event.clientX - rect.left : 0;
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const target = event.target as HTMLElement;
    const mode = (target.closest('[data-drag]') as HTMLElement | null)?.dataset.drag as DragMode | undefined;
    const originDay = Math.floor(toDay(localX(event)));
    dragRef.current = { mode: mode ?? 'brush', originDay, originWindow: window, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
    if (mode === 'start' || mode === 'end') {
      (target.closest('[role="slider"]') as HTMLElement | null)?.focus();
    }
    event.preventDefault();
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const drag = dragRef.current;
    if (!drag) return;
    const exact = toDay(localX(event));
    const day = Math.floor(exact);
    if (day !== drag.originDay) drag.moved = true;
    const boundary = Math.round(exact);
    const current = drag.originWindow;
    if (drag.mode === 'start') {
      onChange(clampWindow({ start: Math.min(boundary, current.end), end: current.end }, range));
    } else if (drag.mode === 'end') {
      onChange(clampWindow({ start: current.start, end: Math.max(boundary - 1, current.start) }, range));
    } else if (drag.mode === 'move') {
      const length = current.end - current.start;
      const start = Math.min(range.end - length, Math.max(range.start, current.start + day - drag.originDay));
      onChange({ start, end: start + length });
    } else if (drag.moved) {
      onChange(
        clampWindow({ start: Math.min(drag.originDay, day), end: Math.max(drag.originDay, day) }, range),
      );
    }
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const drag = dragRef.current;
    dragRef.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId))
      event.currentTarget.releasePointerCapture(event.pointerId);
    if (!drag || drag.moved || (drag.mode !== 'brush' && drag.mode !== 'move')) return;
    const bucket = buckets.find(
      (candidate) => drag.originDay >= candidate.start && drag.originDay <= candidate.end,
    );
    if (bucket) onChange({ start: bucket.start, end: bucket.end });
  };

  const onHandleKey = (which: 'start' | 'end') => (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -7,
      PageUp: 7,
    };
    const value = which === 'start' ? window.start : window.end;
    const min = which === 'start' ? range.start : window.start;
    const max = which === 'start' ? window.end : range.end;
    let next: number;
    if (event.key in steps) next = value + (steps[event.key] ?? 0);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    else return;
    event.preventDefault();
    next = Math.min(max, Math.max(min, next));
    onChange(which === 'start' ? { start: next, end: window.end } : { start: window.start, end: next });
  };

  const selectionLeft = toX(window.start);
  const selectionRight = toX(window.end + 1);
  const barLabel = unit === 'day' ? 'day' : unit === 'week' ? 'week' : 'month';

  return (
    <div
      className="timeline-frame"
      ref={frameRef}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      data-testid="timeline"
    >
      <svg
        width={width}
        height={CHART_HEIGHT + AXIS_HEIGHT}
        role="img"
        aria-label={`Interactions per ${barLabel}, ${formatDay(range.start)} to ${formatDay(range.end)}`}
      >
        <line
          className="timeline-baseline"
          x1={MARGIN}
          x2={width - MARGIN}
          y1={CHART_HEIGHT + 0.5}
          y2={CHART_HEIGHT + 0.5}
        />
        {buckets.map((bucket) => {
          const x0 = toX(bucket.start);
          const x1 = toX(bucket.end + 1);
          const gap = Math.min(2, (x1 - x0) * 0.25);
          const height = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / maxCount) * (CHART_HEIGHT - 6));
          const inWindow = bucket.end >= window.start && bucket.start <= window.end;
          return (
            <rect
              key={bucket.start}
              className={inWindow ? 'timeline-bar is-in-window' : 'timeline-bar'}
              x={x0 + gap / 2}
              y={CHART_HEIGHT - height}
              width={Math.max(1, x1 - x0 - gap)}
              height={height}
            >
              <title>{`${bucket.start === bucket.end ? formatDay(bucket.start) : `${formatDay(bucket.start)} – ${formatDay(bucket.end)}`}: ${bucket.count} interaction${bucket.count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
        {ticks.map((tick) => {
          const x = unit === 'day' ? toX(tick.day + 0.5) : toX(tick.day);
          return (
            <g key={tick.day} className="timeline-tick" transform={`translate(${x},${CHART_HEIGHT})`}>
              <line y1={0} y2={4} />
              <text y={16} textAnchor={x < 30 ? 'start' : x > width - 30 ? 'end' : 'middle'}>
                {tick.label}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="timeline-shade" style={{ left: MARGIN, width: Math.max(0, selectionLeft - MARGIN) }} />
      <div
        className="timeline-shade"
        style={{ left: selectionRight, width: Math.max(0, width - MARGIN - selectionRight) }}
      />
      <div
        className="timeline-selection"
        data-drag="move"
        style={{ left: selectionLeft, width: Math.max(1, selectionRight - selectionLeft) }}
        title="Drag to move the window"
      />
      <div
        className="timeline-handle"
        data-drag="start"
        role="slider"
        tabIndex={0}
        aria-label="Start of time window"
        aria-valuemin={range.start}
        aria-valuemax={window.end}
        aria-valuenow={window.start}
        aria-valuetext={formatDay(window.start)}
        style={{ left: selectionLeft }}
        onKeyDown={onHandleKey('start')}
      >
        <span className="timeline-grip" />
      </div>
      <div
        className="timeline-handle"
        data-drag="end"
        role="slider"
        tabIndex={0}
        aria-label="End of time window"
        aria-valuemin={window.start}
        aria-valuemax={range.end}
        aria-valuenow={window.end}
        aria-valuetext={formatDay(window.end)}
        style={{ left: selectionRight }}
        onKeyDown={onHandleKey('end')}
      >
        <span className="timeline-grip" />
      </div>
    </div>
  );
}
