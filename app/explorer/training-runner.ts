/**
 * A training run, animated: each animation frame takes the steps that are due by
 * then from the store's current model, installs the parameters it reached (so
 * every number on the page follows), and records what the run measured. What a
 * step is comes from the run's work: one gradient step of the one example (the
 * Train tab, train()), or one batch's update of a dataset (the Data tab,
 * data-run.ts). No React here: the panels only start, pause and stop it.
 *
 * Undo sees the run as one edit: the frames install their parameters as a
 * 'preview' (as a drag does) and the end of the run commits once.
 */
import type { Model, Params } from '../engine/model';
import { divergenceLimit, train, type Divergence } from '../engine/train';
import type { AppStore } from '../store/app-store';

/** The most steps one run may take (the custom count's limit). */
export const MAX_TRAINING_STEPS = 100_000;
/** The step counts offered as buttons. */
export const STEP_CHOICES = [10, 100, 1_000, 10_000] as const;

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

/**
 * Why a run stopped, counting steps (or a dataset's updates) as the progress
 * bar does: `done` were taken and are kept; number `done + 1` is the one that
 * would have diverged.
 */
export function divergenceMessage(
  done: number,
  divergence: Pick<Divergence, 'reason' | 'param'>,
  unit: 'step' | 'update' = 'step',
): string {
  const next = done === 0 ? `its first ${unit}` : `${unit} ${formatCount(done + 1)}`;
  const why =
    divergence.reason === 'out-of-range'
      ? `${next} would have taken ${divergence.param ?? 'a weight'} past ±10⁶, its allowed range`
      : divergence.reason === 'not-finite'
        ? `at ${next} the error would have outgrown float64`
        : `at ${next} the error would have grown past a million times its start`;
  const after =
    done === 0
      ? 'Training stopped before it began'
      : `Training stopped after ${formatCount(done)} ${done === 1 ? unit : `${unit}s`}`;
  const kept =
    done === 0
      ? 'The starting state is kept.'
      : `The state after ${unit} ${formatCount(done)} is kept.`;
  return `${after}: ${why} (learning rate too large?). ${kept}`;
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

/** How many of a run's `total` steps should be done after `elapsed` of `duration` ms. */
export function stepsDue(total: number, elapsed: number, duration = RUN_DURATION_MS): number {
  return Math.min(total, Math.ceil((total * Math.max(0, elapsed)) / duration));
}

/** What one chunk of a run reached. */
export interface ChunkResult {
  /** steps taken (fewer than asked only when the next would diverge) */
  readonly taken: number;
  readonly params: Params;
  readonly divergence: Divergence | null;
  /** Records the first `good` steps' measurements (the loss curves) in the store. */
  record(store: AppStore, good: number): void;
}

/**
 * What a run does, step by step: the Train tab's gradient steps of one example,
 * or the Data tab's batch updates. The runner owns the animation, the pacing,
 * pausing, stopping and the undo record; the work owns the mathematics.
 */
export interface RunWork {
  /** steps in the run */
  readonly total: number;
  /** how long the run is spread over, in ms */
  readonly duration: number;
  /** what the progress counts: a step (one example) or an update (a batch) */
  readonly unit: 'step' | 'update';
  /** Takes steps `done` … `done + count − 1` of the run from the model. */
  advance(model: Model, done: number, count: number): ChunkResult;
}

/** The Train tab's run: `steps` gradient steps of the model's one example. */
export function exampleWork(store: AppStore, steps: number): RunWork {
  const limit = divergenceLimit(store.getState().trace.quantities.E_total ?? 0);
  return {
    total: Math.min(MAX_TRAINING_STEPS, Math.max(0, Math.floor(steps))),
    duration: RUN_DURATION_MS,
    unit: 'step',
    advance(model, _done, count) {
      const result = train(model, count, { errorLimit: limit });
      return {
        taken: result.steps,
        params: result.params,
        divergence: result.divergence,
        record: (target, good) =>
          target.getState().recordLosses(result.initialLoss, result.losses.subarray(0, good)),
      };
    },
  };
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
  /** Starts a run of some work from the current model (stopping any run under way). */
  run(work: RunWork): void;
  pause(): void;
  resume(): void;
  /** Ends the run where it stands; the model keeps the steps taken. */
  stop(): void;
  /** Timings of the last run, for measuring: the work of each frame, in ms. */
  readonly frameTimes: readonly number[];
}

export function createTrainingRunner(
  store: AppStore,
  clock: RunnerClock = browserClock,
): TrainingRunner {
  let frame: number | null = null;
  let chunk = MAX_STEPS_PER_FRAME;
  let work: RunWork | null = null;
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
  const advance = (current: RunWork, steps: number): boolean => {
    const state = store.getState();
    const model = state.model;
    const started = clock.now();
    const result = current.advance(model, state.training.done, steps);
    if (clock.now() - started > TRAIN_BUDGET_MS && chunk > 1) chunk = Math.ceil(chunk / 2);
    let good = result.taken;
    let divergence = result.divergence;
    if (!state.setModel({ ...model, params: result.params }, 'preview')) {
      // The engine keeps every parameter in range; should the trace still refuse the state,
      // the chunk is not taken and the run ends where it stood.
      good = 0;
      divergence = { reason: 'not-finite', step: 1 };
    }
    result.record(store, good);
    const done = store.getState().training.done + good;
    store.getState().setTraining({ done });
    if (divergence) finish('diverged', divergenceMessage(done, divergence, current.unit));
    return !divergence;
  };

  const tick = () => {
    frame = null;
    const { training } = store.getState();
    if (training.status !== 'running' || work === null) return;
    const started = clock.now();
    elapsed += Math.min(started - lastTick, MAX_FRAME_GAP_MS);
    lastTick = started;
    const due = stepsDue(training.total, elapsed, work.duration);
    const steps = Math.min(chunk, due - training.done);
    if (steps > 0) {
      const ok = advance(work, steps);
      frameTimes.push(clock.now() - started);
      if (!ok) return;
    }
    const after = store.getState().training;
    if (after.done >= after.total) finish('done');
    else frame = clock.requestFrame(tick);
  };

  const run = (next: RunWork) => {
    if (active()) finish('stopped');
    if (next.total === 0) return;
    work = next;
    chunk = MAX_STEPS_PER_FRAME;
    elapsed = 0;
    lastTick = clock.now();
    frameTimes = [];
    // Spelled out whole: a run of steps leaves no unit behind from a run of updates.
    store.getState().setTraining({
      status: 'running',
      total: next.total,
      done: 0,
      message: '',
      unit: next.unit === 'update' ? 'update' : undefined,
    });
    frame = clock.requestFrame(tick);
  };

  return {
    start: (steps) => run(exampleWork(store, steps)),
    run,
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
