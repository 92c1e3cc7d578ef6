/**
 * Training as the page shows it: the loss history since the last reset of the
 * history, and the state of a run in progress. The run itself (animation,
 * pausing) lives in explorer/training-runner.ts; this slice holds what it leaves.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

export type TrainingStatus = 'idle' | 'running' | 'paused' | 'done' | 'stopped' | 'diverged';

export interface TrainingRun {
  readonly status: TrainingStatus;
  /** steps asked for in this run, and done so far */
  readonly total: number;
  readonly done: number;
  /** what the page says about the run (why it stopped, for instance) */
  readonly message: string;
}

export interface TrainingSlice {
  readonly training: TrainingRun;
  /** E_total before the first step, then after each step taken (by Apply or by Train) */
  readonly lossHistory: readonly number[];
  setTraining(run: Partial<TrainingRun>): void;
  setLossHistory(history: readonly number[]): void;
  /** One gradient step: every parameter takes its *_new value from the trace. */
  applyUpdate(): boolean;
}

export const IDLE_RUN: TrainingRun = { status: 'idle', total: 0, done: 0, message: '' };

export const createTrainingSlice: StateCreator<AppState, [], [], TrainingSlice> = (set, get) => ({
  training: IDLE_RUN,
  lossHistory: [],
  setTraining: (run) => set({ training: { ...get().training, ...run } }),
  setLossHistory: (lossHistory) => set({ lossHistory }),
  applyUpdate() {
    const { model, trace, lossHistory } = get();
    const params = { ...model.params };
    for (const id of Object.keys(params)) {
      const updated = trace.quantities[`${id}_new`];
      if (updated !== undefined) params[id] = updated;
    }
    const before = trace.quantities.E_total ?? 0;
    const ok = get().setModel({ ...model, params });
    if (ok) {
      const after = get().trace.quantities.E_total ?? 0;
      set({ lossHistory: lossHistory.length === 0 ? [before, after] : [...lossHistory, after] });
    }
    return ok;
  },
});
