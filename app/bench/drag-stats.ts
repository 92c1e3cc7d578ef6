/**
 * Turns what the in-page probe recorded during one drag into figures, and the
 * figures of several drags into one line each (the median across drags, so one
 * unlucky run — a GC, a busy machine — does not decide the table).
 */
import { median, percentile } from './measure';

/** One input event of the drag, as the page saw it (performance.now() milliseconds). */
export interface ProbeEvent {
  /** the pointermove's event.timeStamp: when the input happened */
  readonly timeStamp: number;
  /** when the first (capture) listener ran */
  readonly dispatched: number;
  /** mutation callbacks after this event and before the next: first and last */
  readonly first: number | null;
  readonly last: number | null;
  /** the watched quantity's data-value differed from before the event at the first callback */
  readonly changedAtFirst: boolean;
  /** … and by the time of the next event (or the end of the drag) */
  readonly changedAtEnd: boolean;
}

export interface ProbeData {
  readonly events: readonly ProbeEvent[];
  readonly longTasks: readonly { readonly duration: number }[];
  /** requestAnimationFrame timestamps during the drag */
  readonly frames: readonly number[];
}

export interface DragSummary {
  readonly events: number;
  /** events followed by at least one mutation */
  readonly updated: number;
  /** event → last mutation callback, milliseconds */
  readonly latencyMedian: number;
  readonly latencyP95: number;
  readonly latencyMax: number;
  /** event → first listener: time queued before any script ran */
  readonly inputDelayMedian: number;
  /** events whose watched quantity had changed at the first mutation callback */
  readonly changedAtFirst: number;
  readonly changedAtEnd: number;
  /** events with more than one mutation callback (numbers not all written in one go) */
  readonly laterCallbacks: number;
  readonly longTaskCount: number;
  readonly longTaskMax: number;
  readonly frameP50: number;
  readonly frameP95: number;
}

/** Differences between consecutive timestamps. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, k) => t - timestamps[k]!);
}

export function summariseDrag(data: ProbeData): DragSummary {
  const updated = data.events.filter((e) => e.last !== null);
  const latencies = updated.map((e) => e.last! - e.timeStamp);
  const frames = intervals(data.frames);
  return {
    events: data.events.length,
    updated: updated.length,
    latencyMedian: median(latencies),
    latencyP95: percentile(latencies, 95),
    latencyMax: latencies.length ? Math.max(...latencies) : NaN,
    inputDelayMedian: median(data.events.map((e) => e.dispatched - e.timeStamp)),
    changedAtFirst: data.events.filter((e) => e.changedAtFirst).length,
    changedAtEnd: data.events.filter((e) => e.changedAtEnd).length,
    laterCallbacks: updated.filter((e) => e.first !== e.last).length,
    longTaskCount: data.longTasks.length,
    longTaskMax: data.longTasks.reduce((max, t) => Math.max(max, t.duration), 0),
    frameP50: median(frames),
    frameP95: percentile(frames, 95),
  };
}

/** Each figure as the median of that figure across runs. */
export function combineRuns(runs: readonly DragSummary[]): DragSummary {
  const pick = (key: keyof DragSummary) => median(runs.map((r) => r[key]));
  const keys = Object.keys(runs[0] ?? {}) as (keyof DragSummary)[];
  return Object.fromEntries(keys.map((key) => [key, pick(key)])) as unknown as DragSummary;
}
