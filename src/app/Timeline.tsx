// The timeline under the graph: playback controls, the current range written out, a histogram of dated
// interactions per day, week or month, and a two-handle window over it. Handles drag with the pointer and
// move with the keyboard (arrows: a day, Page Up/Down: a week, Home/End: the limits); the window itself
// is a slider too (arrows move it by a bar, shift+arrows resize it). Dragging the window pans it, brushing
// the background draws a new one, and a click (without dragging) selects the bar under the pointer.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDateRange, formatDay } from '../graph/dates.ts';
import {
  PLAYBACK_INTERVAL,
  PLAYBACK_SPEEDS,
  PLAYBACK_STEPS,
  clampWindow,
  getDateTicks,
  getKeyedWindow,
  isFullWindow,
  type BucketUnit,
  type HistogramBucket,
  type PlaybackSpeed,
  type PlaybackStep,
  type TimeWindow,
} from '../graph/timeline.ts';

export interface PlaybackProps {
  playing: boolean;
  speed: PlaybackSpeed;
  step: PlaybackStep;
  onToggle: () => void;
  onTick: () => void;
  onSpeedChange: (speed: PlaybackSpeed) => void;
  onStepChange: (step: PlaybackStep) => void;
}

interface TimelineProps {
  range: TimeWindow;
  window: TimeWindow;
  buckets: readonly HistogramBucket[];
  unit: BucketUnit;
  onChange: (window: TimeWindow) => void;
  playback: PlaybackProps;
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

export function Timeline({ range, window, buckets, unit, onChange, playback }: TimelineProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<Drag | null>(null);
  const [width, setWidth] = useState(800);
  const { playing, speed, onTick } = playback;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(onTick, PLAYBACK_INTERVAL / speed);
    return () => clearInterval(timer);
  }, [playing, speed, onTick]);

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
    const grabbed = (target.closest('[data-drag]') as HTMLElement | null)?.dataset.drag as
      DragMode | undefined;
    // A window over the whole range has nowhere to slide: dragging inside it brushes a new one.
    const mode = grabbed === 'move' && isFullWindow(window, range) ? 'brush' : grabbed;
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

  const onWindowKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = getKeyedWindow(event.key, event.shiftKey, window, range, unit);
    if (!next) return;
    event.preventDefault();
    onChange(next);
  };

  // With nothing else focused, left and right arrows move the window (shift: resize) from anywhere.
  const keyedRef = useRef({ window, range, unit, onChange });
  useEffect(() => {
    keyedRef.current = { window, range, unit, onChange };
  });
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && target !== document.body && !target.closest('[data-testid="graph-canvas"]')) return;
      const current = keyedRef.current;
      const next = getKeyedWindow(event.key, event.shiftKey, current.window, current.range, current.unit);
      if (!next) return;
      event.preventDefault();
      current.onChange(next);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const selectionLeft = toX(window.start);
  const selectionRight = toX(window.end + 1);
  const barLabel = unit === 'day' ? 'day' : unit === 'week' ? 'week' : 'month';

  const rangeLabel = formatDateRange(window.start, window.end);

  return (
    <div className="timeline-body">
      <div className="playback" role="group" aria-label="Playback">
        <p className="timeline-range" data-testid="timeline-range">
          {rangeLabel}
        </p>
        <div className="playback-controls">
          <button
            type="button"
            className={playing ? 'play-button is-playing' : 'play-button'}
            onClick={playback.onToggle}
            aria-label={playing ? 'Pause playback' : 'Play through time'}
            title={playing ? 'Pause' : 'Play: move the window through time'}
          >
            {playing ? (
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <rect x="3" y="2" width="3.5" height="12" rx="1" />
                <rect x="9.5" y="2" width="3.5" height="12" rx="1" />
              </svg>
            ) : (
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                <path d="M4 2.5v11a.5.5 0 0 0 .76.43l9-5.5a.5.5 0 0 0 0-.86l-9-5.5A.5.5 0 0 0 4 2.5z" />
              </svg>
            )}
          </button>
          <label className="playback-select">
            <span className="visually-hidden">Playback speed</span>
            <select
              value={speed}
              onChange={(event) => playback.onSpeedChange(Number(event.target.value) as PlaybackSpeed)}
              aria-label="Playback speed"
            >
              {PLAYBACK_SPEEDS.map((option) => (
                <option key={option} value={option}>
                  {option === 0.5 ? '½' : option}×
                </option>
              ))}
            </select>
          </label>
          <label className="playback-select">
            <span className="visually-hidden">Playback step</span>
            <select
              value={playback.step}
              onChange={(event) => playback.onStepChange(event.target.value as PlaybackStep)}
              aria-label="Playback step"
            >
              {PLAYBACK_STEPS.map((option) => (
                <option key={option} value={option}>
                  by {option}
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
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
            const height =
              bucket.count === 0 ? 0 : Math.max(2, (bucket.count / maxCount) * (CHART_HEIGHT - 6));
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
        <div
          className="timeline-shade"
          style={{ left: MARGIN, width: Math.max(0, selectionLeft - MARGIN) }}
        />
        <div
          className="timeline-shade"
          style={{ left: selectionRight, width: Math.max(0, width - MARGIN - selectionRight) }}
        />
        <div
          className="timeline-selection"
          data-drag="move"
          role="slider"
          tabIndex={0}
          aria-label="Time window"
          aria-roledescription="time window"
          aria-valuemin={range.start}
          aria-valuemax={range.end}
          aria-valuenow={window.start}
          aria-valuetext={rangeLabel}
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight PageUp PageDown Home End"
          style={{ left: selectionLeft, width: Math.max(1, selectionRight - selectionLeft) }}
          title="Drag to move the window; arrow keys move it, shift+arrows resize it"
          onKeyDown={onWindowKey}
        />
        <TimelineHandle
          edge="start"
          label="Start of time window"
          min={range.start}
          max={window.end}
          value={window.start}
          left={selectionLeft}
          onKeyDown={onHandleKey('start')}
        />
        <TimelineHandle
          edge="end"
          label="End of time window"
          min={window.start}
          max={range.end}
          value={window.end}
          left={selectionRight}
          onKeyDown={onHandleKey('end')}
        />
      </div>
    </div>
  );
}

interface TimelineHandleProps {
  edge: 'start' | 'end';
  label: string;
  min: number;
  max: number;
  value: number;
  left: number;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** One end of the time window: draggable (see `data-drag`) and a keyboard slider for assistive tech. */
function TimelineHandle({ edge, label, min, max, value, left, onKeyDown }: TimelineHandleProps) {
  return (
    <div
      className="timeline-handle"
      data-drag={edge}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={formatDay(value)}
      style={{ left }}
      onKeyDown={onKeyDown}
    >
      <span className="timeline-grip" />
    </div>
  );
}
