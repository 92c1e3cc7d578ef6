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
  /**
   * Main-thread time during the measured drag (Chromium's Performance.getMetrics
   * deltas, ms): scripts, and style plus layout. Per move, these say what the page
   * costs, whatever else the machine is doing; absent when not measured.
   */
  readonly work?: { readonly script: number; readonly styleLayout: number };
}

export interface DragSummary {
  readonly events: number;
  /** events followed by at least one mutation */
  readonly updated: number;
  /** handler → last mutation callback: the page's own work, in milliseconds */
  readonly updateMedian: number;
  readonly updateP95: number;
  readonly updateMax: number;
  /**
   * input (event.timeStamp) → last mutation callback. Includes the time the
   * browser holds a move until the next frame (it aligns pointer moves to frames).
   */
  readonly inputMedian: number;
  readonly inputP95: number;
  readonly inputMax: number;
  /** input → first listener: time queued before any script ran */
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
  /** main-thread script and style+layout time per move (NaN: not measured) */
  readonly scriptPerMove: number;
  readonly styleLayoutPerMove: number;
}

const SUMMARY_KEYS = [
  'events',
  'updated',
  'updateMedian',
  'updateP95',
  'updateMax',
  'inputMedian',
  'inputP95',
  'inputMax',
  'inputDelayMedian',
  'changedAtFirst',
  'changedAtEnd',
  'laterCallbacks',
  'longTaskCount',
  'longTaskMax',
  'frameP50',
  'frameP95',
  'scriptPerMove',
  'styleLayoutPerMove',
] as const satisfies readonly (keyof DragSummary)[];

/** Differences between consecutive timestamps. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((t, k) => t - timestamps[k]!);
}

const largest = (samples: readonly number[]) => (samples.length ? Math.max(...samples) : NaN);

export function summariseDrag(data: ProbeData): DragSummary {
  const updated = data.events.filter((e) => e.last !== null);
  const update = updated.map((e) => e.last! - e.dispatched);
  const input = updated.map((e) => e.last! - e.timeStamp);
  const frames = intervals(data.frames);
  return {
    events: data.events.length,
    updated: updated.length,
    updateMedian: median(update),
    updateP95: percentile(update, 95),
    updateMax: largest(update),
    inputMedian: median(input),
    inputP95: percentile(input, 95),
    inputMax: largest(input),
    inputDelayMedian: median(data.events.map((e) => e.dispatched - e.timeStamp)),
    changedAtFirst: data.events.filter((e) => e.changedAtFirst).length,
    changedAtEnd: data.events.filter((e) => e.changedAtEnd).length,
    laterCallbacks: updated.filter((e) => e.first !== e.last).length,
    longTaskCount: data.longTasks.length,
    longTaskMax: data.longTasks.reduce((max, t) => Math.max(max, t.duration), 0),
    frameP50: median(frames),
    frameP95: percentile(frames, 95),
    scriptPerMove: data.work ? data.work.script / data.events.length : NaN,
    styleLayoutPerMove: data.work ? data.work.styleLayout / data.events.length : NaN,
  };
}

/** Each figure as the median of that figure across runs (NaN for no runs). */
export function combineRuns(runs: readonly DragSummary[]): DragSummary {
  const entries = SUMMARY_KEYS.map((key) => [key, median(runs.map((r) => r[key]))] as const);
  return Object.fromEntries(entries) as Record<(typeof SUMMARY_KEYS)[number], number>;
}
