/**
 * Training on the dataset, as the Data tab animates it: a run of whole epochs of
 * batch updates, taken by the same runner as the Train tab's steps (one update a
 * step), and what it measured: the error of each update's batch, the mean error
 * over every row after each epoch, and every parameter after each epoch. The
 * curves live beside the app's store, one record per store, so the first load
 * carries none of this; they start afresh for another dataset or batching.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BatchOptions } from '../engine/batch-options';
import { datasetError, trainUpdates, updatesPerEpoch } from '../engine/batch-run';
import type { DataSetup } from '../engine/data-link';
import { divergenceLimit } from '../engine/train';
import type { AppStore } from '../store/app-store';
import { appendLosses, EMPTY_LOSS_HISTORY, type LossHistory } from '../store/loss-history';
import type { TrainingRun } from '../store/training-slice';
import { formatCount, type RunWork } from './training-runner';

/** The epochs one run may take at most, as the field says. */
export const MAX_EPOCHS = 10_000;
/** The epoch counts offered as buttons. */
export const EPOCH_CHOICES = [1, 10, 100, 1_000] as const;

export interface DataCurves {
  /** the setup the curves were measured on: another one starts them afresh */
  readonly setup: DataSetup | null;
  readonly updatesPerEpoch: number;
  /** each update's batch error, at the update count when it was measured (0, 1, …) */
  readonly perUpdate: LossHistory;
  /** the mean error over every row, before any epoch and after each (x: epochs) */
  readonly perEpoch: LossHistory;
  /** the parameters the curves follow (weights, then learned biases) */
  readonly params: readonly string[];
  /** each parameter's value before any epoch and after each, as perEpoch */
  readonly paramHistory: readonly LossHistory[];
  /** epochs completed since the curves began: the next run continues the shuffles from here */
  readonly epochs: number;
}

const EMPTY: DataCurves = {
  setup: null,
  updatesPerEpoch: 1,
  perUpdate: EMPTY_LOSS_HISTORY,
  perEpoch: EMPTY_LOSS_HISTORY,
  params: [],
  paramHistory: [],
  epochs: 0,
};

const curvesOf = new WeakMap<AppStore, StoreApi<DataCurves>>();

/** The curves of this app's Data tab (made on first use). */
export function dataCurves(store: AppStore): StoreApi<DataCurves> {
  let curves = curvesOf.get(store);
  if (!curves) {
    curves = createStore<DataCurves>(() => EMPTY);
    curvesOf.set(store, curves);
  }
  return curves;
}

export const clearDataCurves = (store: AppStore) => dataCurves(store).setState(EMPTY, true);

/** How long a run of `epochs` is spread over: long enough to read "epoch 3 of 50" go by. */
export function epochRunDuration(epochs: number): number {
  return Math.min(4_000, Math.max(1_000, epochs * 40));
}

/** Reads a typed epoch count; the count, or why it cannot be used. */
export function readEpochCount(text: string): number | string {
  const trimmed = text.trim().replace(/^(\d{1,3})[,\s_](\d{3})$/, '$1$2');
  const count = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!(count >= 1 && count <= MAX_EPOCHS)) {
    return `Enter a whole number of epochs from 1 to ${MAX_EPOCHS.toLocaleString('en-US')}.`;
  }
  return count;
}

const sameBatching = (a: BatchOptions, b: BatchOptions) =>
  a.size === b.size && a.reduce === b.reduce && a.shuffle === b.shuffle && a.seed === b.seed;

/**
 * The Data tab's run: `epochs` whole epochs of the store's dataset from the
 * current model, each batch one step of the runner. Null without a dataset.
 */
export function epochWork(store: AppStore, epochs: number): RunWork | null {
  const { data, model } = store.getState();
  if (!data) return null;
  const curves = dataCurves(store);
  const { dataset, batch } = data;
  const perEpoch = updatesPerEpoch(dataset.examples.length, batch);
  const kept = curves.getState();
  if (
    kept.setup === null ||
    kept.setup.dataset !== dataset ||
    !sameBatching(kept.setup.batch, batch)
  ) {
    const { names } = store.getState().trace;
    const params = [
      ...names.weights.map((w) => w.id),
      ...(model.settings.biases === 'learned' ? names.biasIds : []),
    ];
    curves.setState({ ...EMPTY, setup: data, updatesPerEpoch: perEpoch, params }, true);
  }
  const start = curves.getState();
  const before = datasetError(model, dataset);
  if (start.perEpoch.values.length === 0) {
    curves.setState({
      perEpoch: appendLosses(EMPTY_LOSS_HISTORY, before, []),
      paramHistory: start.params.map((id) =>
        appendLosses(EMPTY_LOSS_HISTORY, model.params[id] ?? 0, []),
      ),
    });
  }
  const offset = start.epochs * perEpoch;
  const limit = divergenceLimit(before);
  return {
    total: Math.max(0, Math.min(MAX_EPOCHS, Math.floor(epochs))) * perEpoch,
    duration: epochRunDuration(epochs),
    unit: 'update',
    advance(current, done, count) {
      const result = trainUpdates(current, dataset, batch, offset + done, count, {
        errorLimit: limit,
      });
      return {
        taken: result.updates,
        params: result.params,
        divergence: result.divergence,
        record(_store, good) {
          const now = curves.getState();
          const errors = result.batchErrors.subarray(0, good);
          const ends = result.epochEnds.filter(
            (end) => end.epoch * perEpoch - offset <= done + good,
          );
          const perUpdate =
            now.perUpdate.values.length === 0 && errors.length > 0
              ? appendLosses(EMPTY_LOSS_HISTORY, errors[0]!, errors.subarray(1))
              : appendLosses(now.perUpdate, 0, errors);
          curves.setState({
            perUpdate,
            perEpoch: appendLosses(
              now.perEpoch,
              0,
              ends.map((end) => end.error),
            ),
            paramHistory: now.paramHistory.map((history, k) =>
              appendLosses(
                history,
                0,
                ends.map((end) => end.params[now.params[k]!] ?? 0),
              ),
            ),
            epochs: now.epochs + ends.length,
          });
        },
      };
    },
  };
}

export const plural = (n: number, word: string) =>
  `${formatCount(n)} ${n === 1 ? word : `${word}s`}`;

/** Where a run stands, in epochs: "Training: epoch 3 of 50". */
export function epochStatus(run: TrainingRun, perEpoch: number): string {
  if (run.unit !== 'update') return '';
  const epochs = Math.round(run.total / perEpoch);
  const whole = Math.floor(run.done / perEpoch);
  const rest = run.done - whole * perEpoch;
  const where = `${plural(whole, 'epoch')}${rest > 0 ? ` and ${plural(rest, 'update')} of the next` : ''}`;
  switch (run.status) {
    case 'running':
      return `Training: epoch ${Math.min(epochs, whole + 1)} of ${epochs}.`;
    case 'paused':
      return `Paused after ${where}, of ${epochs}.`;
    case 'done':
      return `Done: ${plural(epochs, 'epoch')}, ${plural(run.done, 'update')}.`;
    case 'stopped':
      return `Stopped after ${where}; the network keeps what it learned.`;
    default:
      return '';
  }
}
