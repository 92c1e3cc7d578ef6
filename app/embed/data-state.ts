/**
 * The embed's dataset (data=, batch=, reduce=, shuffle=, seed=): what its
 * `state` message says of it, and setParams' data keys. Loaded only when a link
 * or a message names a dataset, so the widget's first load carries none of it.
 */
import { exampleModel, firstBatch } from '../engine/batch';
import { dataFromArgs, type DataKey } from '../engine/data-query';
import { rowsText } from '../engine/example';
import { EngineError } from '../engine/errors';
import { computeTrace } from '../engine/trace';
import type { AppState, AppStore } from '../store/app-store';
import type { BatchState, ExampleState, Refusal } from './protocol';

import { applyDataQuery } from '../store/read-data';

/**
 * The bridge's one call once this code is here: reads a link's dataset, applies
 * setParams' data keys (their refusals added to `refused`), and gives the
 * state message's reader.
 */
export function applyData(
  store: AppStore,
  entries: readonly [DataKey, string][],
  refused: Refusal[],
  link?: string,
): typeof dataState {
  if (link) applyDataQuery(store, link);
  if (entries.length > 0) refused.push(...applyDataEntries(store, entries));
  return dataState;
}

type DataPart = { batch: BatchState; examples: ExampleState[] };

let last: { data: AppState['data']; model: AppState['model']; part: DataPart } | null = null;

/**
 * The dataset's part of the state message: every example's inputs, targets and
 * quantities, and one update of the first batch, as the Data tab's batch row
 * shows it (and the sheet's json, app/cli/data-sheet.ts, writes it). Computed
 * once per model and dataset, however often the state is sent.
 */
export function dataState(state: AppState): DataPart | null {
  const { data, model } = state;
  if (!data) return null;
  if (last?.data === data && last.model === model) return last.part;
  const { examples } = data.dataset;
  const part: DataPart = {
    batch: firstBatch(model, data.dataset, data.batch),
    examples: examples.map((example) => ({
      ...example,
      quantities: computeTrace(exampleModel(model, example)).quantities,
    })),
  };
  last = { data, model, part };
  return part;
}

/**
 * Applies setParams' data keys over the dataset in force, read strictly as the
 * command line reads them: the first fault is refused by name and the dataset
 * in force stays, whole.
 */
export function applyDataEntries(
  store: AppStore,
  entries: readonly [DataKey, string][],
): Refusal[] {
  const state = store.getState();
  const given = new Map<string, string>(entries);
  const current = state.data;
  const kept: Record<string, string> = current
    ? {
        data:
          current.dataset.name === 'rows'
            ? rowsText(current.dataset.examples)
            : current.dataset.name,
        batch: current.fullBatch ? 'all' : String(current.batch.size),
        reduce: current.batch.reduce,
        shuffle: current.batch.shuffle ? '1' : '0',
        seed: String(current.batch.seed),
      }
    : {};
  // Another set starts with the whole set as its batch, as choosing one in the Data tab does.
  if (given.has('data') && !given.has('batch')) delete kept.batch;
  const read = (key: DataKey) => given.get(key) ?? kept[key];
  try {
    const setup = dataFromArgs(read, state.model.sizes);
    if (setup && !store.getState().setData(setup)) {
      const why = store.getState().fieldErrors.data ?? 'The engine refused this dataset.';
      return [{ key: 'data', message: why }];
    }
    return [];
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    return [{ key: error.subject, message: error.message }];
  }
}
