/**
 * A training run, animated over about a second: each animation frame trains the
 * steps that are due by then with the engine's train() from the store's current model, installs the parameters
 * it reached (so every number on the page follows), and appends the errors to
 * the loss history. No React here: the panel only starts, pauses and stops it.
 *
 * Undo sees the run as one edit: the frames install their parameters as a
 * 'preview' (as a drag does) and the end of the run commits once.
 */
import { computeTrace } from '../engine/trace';
import { train } from '../engine/train';
import type { Model, Params } from '../engine/model';
import type { AppStore } from '../store/app-store';

/** The most steps one run may take (the custom count's limit). */
export const MAX_TRAINING_STEPS = 100_000;
/** The step counts offered as buttons. */
export const STEP_CHOICES = [10, 100, 1_000, 10_000] as const;

/** A run stops as diverged when the error grows past this multiple of its start. */
export const DIVERGENCE_FACTOR = 1e6;
/** … measured from at least this error, so a run that starts at 0 does not stop on rounding. */
const DIVERGENCE_FLOOR = 1e-6;

/**
 * A run is spread over this long, so a reader sees it move: 10 steps tick by one
 * by one, 10,000 take ~170 a frame at 60 Hz (fewer frames on a slow machine,
 * each with more steps, so the run still ends on time).
 */
export const RUN_DURATION_MS = 1_000;
/** Steps one frame may take at most (~1–2 ms of training): a 100,000-step run takes longer. */
const MAX_STEPS_PER_FRAME = 2_000;
/** A frame gap longer than this (a hidden tab, a stall) counts as this long: no sudden leap. */
const MAX_FRAME_GAP_MS = 100;
/**
 * A chunk whose training took longer than this halves the next ones (a slow
 * machine). Only the training counts: showing the result costs the same for
 * any chunk size.
 */
const TRAIN_BUDGET_MS = 6;

/** 10000 → "10,000" (toLocaleString is slow enough to show in a per-frame profile). */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export function divergenceMessage(step: number): string {
  return `Training stopped at step ${formatCount(step)}: the error diverged (learning rate too large?). The last finite state is kept.`;
}

/**
 * Reads a typed step count ("2500", "10,000"); returns the count, or why it
 * cannot be used. Separators are read only in groups of three digits, so
 * "10,5" is refused rather than read as 105.
 */
export function readStepCount(text: string): number | string {
  const trimmed = text.trim();
  const plain = /^\d{1,3}([,\s_]\d{3})+$/.test(trimmed) ? trimmed.replace(/[,\s_]/g, '') : trimmed;
  const count = /^\d+$/.test(plain) ? Number(plain) : NaN;
  if (!(count >= 1 && count <= MAX_TRAINING_STEPS)) {
    return `Enter a whole number of steps from 1 to ${formatCount(MAX_TRAINING_STEPS)}.`;
  }
  return count;
}

/** How many of a run's `total` steps should be done after `elapsed` ms of running. */
export function stepsDue(total: number, elapsed: number): number {
  return Math.min(total, Math.ceil((total * Math.max(0, elapsed)) / RUN_DURATION_MS));
}

export interface RunnerClock {
  requestFrame(callback: () => void): number;
  cancelFrame(handle: number): void;
  now(): number;
}

const browserClock: RunnerClock = {
  requestFrame: (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

export interface TrainingRunner {
  /** Starts a run of `steps` steps from the current model (stopping any run under way). */
  start(steps: number): void;
  pause(): void;
  resume(): void;
  /** Ends the run where it stands; the model keeps the steps taken. */
  stop(): void;
  /** Timings of the last run, for measuring: the work of each frame, in ms. */
  readonly frameTimes: readonly number[];
}

const installable = (model: Model): boolean => {
  try {
    computeTrace(model);
    return true;
  } catch {
    return false;
  }
};

export function createTrainingRunner(
  store: AppStore,
  clock: RunnerClock = browserClock,
): TrainingRunner {
  let frame: number | null = null;
  let chunk = MAX_STEPS_PER_FRAME;
  let limit = Infinity;
  let elapsed = 0;
  let lastTick = 0;
  let frameTimes: number[] = [];

  const active = () => {
    const { status } = store.getState().training;
    return status === 'running' || status === 'paused';
  };

  /** Records the run in the undo history once, and leaves the run's final status. */
  const finish = (status: 'done' | 'stopped' | 'diverged', message = '') => {
    if (frame !== null) clock.cancelFrame(frame);
    frame = null;
    const state = store.getState();
    // The frames previewed; one commit turns the whole run into a single undo step.
    if (state.gestureStart) state.setModel(state.model, 'commit');
    store.getState().setTraining({ status, message });
  };

  /** Trains one chunk; returns false when the run diverged. */
  const advance = (steps: number): boolean => {
    const state = store.getState();
    const model = state.model;
    const started = clock.now();
    const result = train(model, steps);
    if (clock.now() - started > TRAIN_BUDGET_MS && chunk > 1) chunk = Math.ceil(chunk / 2);
    let good = result.steps;
    let diverged = result.status === 'diverged';
    for (let s = 0; s < result.steps; s++) {
      if (!(result.losses[s]! <= limit)) {
        good = s;
        diverged = true;
        break;
      }
    }
    const paramsAfter = (k: number): Params =>
      k === result.steps ? result.params : k === 0 ? model.params : train(model, k).params;
    let params = paramsAfter(good);
    if (!state.setModel({ ...model, params }, 'preview')) {
      // Finite but out of the allowed range (or overflowing in the trace): keep the
      // last step that the page can show. Once out of range, training does not come back.
      diverged = true;
      let low = 0;
      let high = good;
      while (high - low > 1) {
        const mid = Math.floor((low + high) / 2);
        if (installable({ ...model, params: paramsAfter(mid) })) low = mid;
        else high = mid;
      }
      good = low;
      params = paramsAfter(good);
      store.getState().setModel({ ...model, params }, 'preview');
    }
    store.getState().recordLosses(result.initialLoss, result.losses.subarray(0, good));
    const done = store.getState().training.done + good;
    store.getState().setTraining({ done });
    if (diverged) finish('diverged', divergenceMessage(done + 1));
    return !diverged;
  };

  const tick = () => {
    frame = null;
    const { training } = store.getState();
    if (training.status !== 'running') return;
    const started = clock.now();
    elapsed += Math.min(started - lastTick, MAX_FRAME_GAP_MS);
    lastTick = started;
    const steps = Math.min(chunk, stepsDue(training.total, elapsed) - training.done);
    if (steps > 0) {
      const ok = advance(steps);
      frameTimes.push(clock.now() - started);
      if (!ok) return;
    }
    const after = store.getState().training;
    if (after.done >= after.total) finish('done');
    else frame = clock.requestFrame(tick);
  };

  return {
    start(steps) {
      if (active()) finish('stopped');
      const total = Math.min(MAX_TRAINING_STEPS, Math.max(0, Math.floor(steps)));
      if (total === 0) return;
      const start = store.getState().trace.quantities.E_total ?? 0;
      limit = DIVERGENCE_FACTOR * Math.max(start, DIVERGENCE_FLOOR);
      chunk = MAX_STEPS_PER_FRAME;
      elapsed = 0;
      lastTick = clock.now();
      frameTimes = [];
      store.getState().setTraining({ status: 'running', total, done: 0, message: '' });
      frame = clock.requestFrame(tick);
    },
    pause() {
      if (store.getState().training.status !== 'running') return;
      if (frame !== null) clock.cancelFrame(frame);
      frame = null;
      store.getState().setTraining({ status: 'paused' });
    },
    resume() {
      if (store.getState().training.status !== 'paused') return;
      store.getState().setTraining({ status: 'running' });
      lastTick = clock.now();
      frame = clock.requestFrame(tick);
    },
    stop() {
      if (active()) finish('stopped');
    },
    get frameTimes() {
      return frameTimes;
    },
  };
}
