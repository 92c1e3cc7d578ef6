/**
 * Training as the page shows it: the loss history since the last reset of the
 * history, and the state of a run in progress. The run itself (animation,
 * pausing) lives in explorer/training-runner.ts; this slice holds what it leaves.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';
import { appendLosses } from './loss-history';

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'diverged';

export interface TrainingRun {
  readonly status: TrainingStatus;
  /** steps asked for in this run, and done so far */
  readonly total: number;
  readonly done: number;
  /** what the page says about the run (why it stopped, for instance) */
  readonly message: string;
  /** what it counts: a dataset's updates (the Data tab), or (absent) the one example's steps */
  readonly unit?: 'update' | undefined;
}

export interface TrainingSlice {
  readonly training: TrainingRun;
  /**
   * E_total before the first step, then after each step taken (by Apply or by
   * Train), bounded as loss-history.ts explains: point k stands for step
   * k · lossStride, and the last point for step lossSteps.
   */
  readonly lossHistory: readonly number[];
  readonly lossStride: number;
  readonly lossSteps: number;
  setTraining(run: Partial<TrainingRun>): void;
  /** Replaces the history with one point per step ([] clears it). */
  setLossHistory(history: readonly number[]): void;
  /** Appends the errors after each of some steps; `initial` (E_total before them) starts an empty history. */
  recordLosses(initial: number, losses: ArrayLike<number>): void;
  /** One gradient step: every parameter takes its *_new value from the trace. */
  applyUpdate(): boolean;
}

export const IDLE_RUN: TrainingRun = { status: 'idle', total: 0, done: 0, message: '' };

/**
 * The run record once the model changes by other means than the run itself (an
 * edit, Reset, undo, a lesson step): a finished run's count and message describe
 * a state that is gone, so they go too. A run under way keeps its record.
 */
export function settledRun(run: TrainingRun): TrainingRun {
  return run.status === 'running' || run.status === 'paused' ? run : IDLE_RUN;
}

export const createTrainingSlice: StateCreator<AppState, [], [], TrainingSlice> = (set, get) => ({
  training: IDLE_RUN,
  lossHistory: [],
  lossStride: 1,
  lossSteps: 0,
  setTraining: (run) => set({ training: { ...get().training, ...run } }),
  setLossHistory: (lossHistory) =>
    set({ lossHistory, lossStride: 1, lossSteps: Math.max(0, lossHistory.length - 1) }),
  recordLosses(initial, losses) {
    const { lossHistory, lossStride, lossSteps } = get();
    const history = { values: lossHistory, stride: lossStride, steps: lossSteps };
    const next = appendLosses(history, initial, losses);
    set({ lossHistory: next.values, lossStride: next.stride, lossSteps: next.steps });
  },
  applyUpdate() {
    const { model, trace } = get();
    const params = { ...model.params };
    for (const id of Object.keys(params)) {
      const updated = trace.quantities[`${id}_new`];
      if (updated !== undefined) params[id] = updated;
    }
    const before = trace.quantities.E_total ?? 0;
    const ok = get().setModel({ ...model, params });
    if (ok) get().recordLosses(before, [get().trace.quantities.E_total ?? 0]);
    return ok;
  },
});
