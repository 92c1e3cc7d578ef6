/**
 * One example of a dataset, and the worked example it makes: the model with the
 * example's inputs and targets in place of its own. Small on purpose: the page
 * loads it with the network; the datasets themselves (dataset.ts) load when a
 * link or the Data panel names one.
 */
import { networkNames } from './architecture';
import type { Model } from './model';

/** Truth tables of two inputs and one target (their rows are in dataset.ts). */
export const TABLE_SETS = ['xor', 'and', 'or'] as const;
/** Sets drawn from a seed (dataset.ts draws them). */
export const GENERATED_SETS = ['circle', 'blobs', 'spiral'] as const;
/** Every set a link can name: plain names, so that what reads a dataset's name need not load the sets. */
export const NAMED_SETS: readonly string[] = [...TABLE_SETS, ...GENERATED_SETS];
/** The most rows a dataset may have: a table a learner can read, a link a browser keeps. */
export const MAX_ROWS = 1000;

export interface Example {
  readonly inputs: readonly number[];
  readonly targets: readonly number[];
}

export interface Dataset {
  /** the set's name (`xor`, `circle` …) or `rows` for rows written out */
  readonly name: string;
  readonly examples: readonly Example[];
}

/** The model with one example's inputs and targets in place of its own. */
export function exampleModel(model: Model, example: Example): Model {
  const names = networkNames(model.sizes);
  const params: Record<string, number> = { ...model.params };
  names.inputs.forEach((id, k) => (params[id] = example.inputs[k] ?? 0));
  names.targets.forEach((id, k) => (params[id] = example.targets[k] ?? 0));
  return { ...model, params };
}

/** The rows as `data=` writes them: 0,0:0;0,1:1. */
export function rowsText(examples: readonly Example[]): string {
  return examples.map((e) => `${e.inputs.join(',')}:${e.targets.join(',')}`).join(';');
}
