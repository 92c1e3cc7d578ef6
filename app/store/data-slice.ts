/**
 * Many examples: the dataset the explorer trains on, how it is cut into
 * batches, and which row the network shows. The graph, step-through and
 * formulas always show one example (its inputs and targets are the model's),
 * exactly as with the article's one; the Data panel shows every row and the
 * batch's mean.
 */
import type { StateCreator } from 'zustand/vanilla';
import { networkNames, type Architecture } from '../engine/architecture';
import type { DataSetup } from '../engine/data-link';
import { exampleModel } from '../engine/example';
import type { AppState } from './app-store';

export interface DataSlice {
  readonly data: DataSetup | null;
  /** the row the network shows (0-based); its inputs and targets are the model's */
  readonly example: number;
  /** Installs a dataset (null: back to the one example) and shows its first row. */
  setData(setup: DataSetup | null): boolean;
  /** Shows row k in the graph, the step-through and the formulas. */
  selectExample(k: number): boolean;
}

/** Why a dataset cannot feed a network of these sizes, or null when it fits. */
export function dataMismatch(setup: DataSetup, sizes: Architecture): string | null {
  const names = networkNames(sizes);
  const first = setup.dataset.examples[0];
  if (!first) return 'The dataset has no rows.';
  if (
    first.inputs.length === names.inputs.length &&
    first.targets.length === names.targets.length
  ) {
    return null;
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `The dataset's rows have ${count(first.inputs.length, 'input')} and ${count(first.targets.length, 'target')}; the network has ${count(names.inputs.length, 'input')} and ${count(names.targets.length, 'output')}.`;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  data: null,
  example: 0,
  setData(setup) {
    if (setup === null) {
      set({ data: null, example: 0 });
      return true;
    }
    const state = get();
    const mismatch = dataMismatch(setup, state.model.sizes);
    if (mismatch !== null) {
      state.refuseField('data', mismatch);
      return false;
    }
    const { data: _kept, ...fieldErrors } = state.fieldErrors;
    set({ fieldErrors });
    if (!state.setModel(exampleModel(state.model, setup.dataset.examples[0]!))) return false;
    set({ data: setup, example: 0 });
    return true;
  },
  selectExample(k) {
    const { data, model, setModel } = get();
    const example = data?.dataset.examples[k];
    if (!example || !setModel(exampleModel(model, example))) return false;
    set({ example: k });
    return true;
  },
});
