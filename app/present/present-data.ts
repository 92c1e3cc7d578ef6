/**
 * The dataset's part of what presenter windows share: the rows themselves, how
 * they are cut into batches, and which row the network shows. The rows travel
 * whole (a generated set is its 200 points, not its name and seed), so a window
 * takes them without loading the datasets' code; every number is checked as a
 * row of a link is, and every count against the rows and the network.
 */
import { networkNames, type Architecture } from '../engine/architecture';
import { REDUCE_MODES, type ReduceMode } from '../engine/batch-options';
import type { DataSetup } from '../engine/data-link';
import { MAX_ROWS, NAMED_SETS, type Example } from '../engine/example';
import { PARAM_LIMITS } from '../engine/model';
import { MAX_SEED } from '../engine/random';
import type { AppState } from '../store/app-store';

export interface SharedData {
  readonly setup: DataSetup;
  /** the row the network shows (0-based) */
  readonly example: number;
}

type ReadRecord = (value: unknown, where: string, limit?: number) => Map<string, unknown>;

/** This window's dataset and row, or null with the one example. */
export function sharedDataOf(state: AppState): SharedData | null {
  return state.data ? { setup: state.data, example: state.example } : null;
}

function sameExamples(a: readonly Example[], b: readonly Example[]): boolean {
  if (a === b) return true;
  const sameNumbers = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && x.every((v, k) => Object.is(v, y[k]));
  return (
    a.length === b.length &&
    a.every((e, k) => sameNumbers(e.inputs, b[k]!.inputs) && sameNumbers(e.targets, b[k]!.targets))
  );
}

/** Whether two windows show the same rows, batching and row. */
export function sameData(a: SharedData | null, b: SharedData | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a.example !== b.example) return false;
  const [x, y] = [a.setup, b.setup];
  return (
    x === y ||
    (x.dataset.name === y.dataset.name &&
      x.fullBatch === y.fullBatch &&
      x.batch.size === y.batch.size &&
      x.batch.reduce === y.batch.reduce &&
      x.batch.shuffle === y.batch.shuffle &&
      x.batch.seed === y.batch.seed &&
      sameExamples(x.dataset.examples, y.dataset.examples))
  );
}

export const dataToWire = ({ setup, example }: SharedData) => ({
  name: setup.dataset.name,
  examples: setup.dataset.examples.map((e) => ({
    inputs: [...e.inputs],
    targets: [...e.targets],
  })),
  batch: { ...setup.batch },
  fullBatch: setup.fullBatch,
  example,
});

/**
 * The shared dataset in `value` for a network of these sizes (null: the one
 * example): throws `refuse(reason)` naming the first field at fault. `record`
 * reads an object's own data properties only.
 */
export function readSharedData(
  value: unknown,
  sizes: Architecture,
  record: ReadRecord,
  refuse: (reason: string) => Error,
): SharedData | null {
  if (value === null || value === undefined) return null;
  const fields = record(value, 'data');
  const name = fields.get('name');
  if (typeof name !== 'string' || (name !== 'rows' && !NAMED_SETS.includes(name))) {
    throw refuse(`data.name must be rows or one of ${NAMED_SETS.join(', ')}.`);
  }
  const names = networkNames(sizes);
  const examples = readExamples(fields.get('examples'), names.inputs.length, names.targets.length, {
    record,
    refuse,
  });
  const count = examples.length;
  const batch = record(fields.get('batch'), 'data.batch');
  const size = whole(batch.get('size'), 1, count, 'data.batch.size', refuse);
  const reduce = batch.get('reduce');
  if (typeof reduce !== 'string' || !(REDUCE_MODES as readonly string[]).includes(reduce)) {
    throw refuse(`data.batch.reduce must be one of ${REDUCE_MODES.join(', ')}.`);
  }
  const shuffle = batch.get('shuffle');
  const fullBatch = fields.get('fullBatch');
  if (typeof shuffle !== 'boolean' || typeof fullBatch !== 'boolean') {
    throw refuse('data.batch.shuffle and data.fullBatch must be true or false.');
  }
  if (fullBatch && size !== count) {
    throw refuse(`data.fullBatch says the whole set, but data.batch.size is ${size} of ${count}.`);
  }
  const seed = whole(batch.get('seed'), 1, MAX_SEED, 'data.batch.seed', refuse);
  const example = whole(fields.get('example'), 0, count - 1, 'data.example', refuse);
  return {
    setup: {
      dataset: { name, examples },
      batch: { size, reduce: reduce as ReduceMode, shuffle, seed },
      fullBatch,
    },
    example,
  };
}

function whole(
  value: unknown,
  min: number,
  max: number,
  where: string,
  refuse: (reason: string) => Error,
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw refuse(`${where} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** A list of plain data: an array, nothing stranger. */
function list(value: unknown, where: string, max: number, refuse: (r: string) => Error) {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) {
    throw refuse(`${where} must be a list.`);
  }
  if (value.length > max) throw refuse(`${where} has ${value.length} items; at most ${max}.`);
  return value as unknown[];
}

function readExamples(
  value: unknown,
  inputs: number,
  targets: number,
  { record, refuse }: { record: ReadRecord; refuse: (reason: string) => Error },
): Example[] {
  const rows = list(value, 'data.examples', MAX_ROWS, refuse);
  if (rows.length === 0) throw refuse('data.examples must have at least one row.');
  const numbers = (given: unknown, length: number, where: string, kind: 'input' | 'target') => {
    const values = list(given, where, length, refuse);
    if (values.length !== length) {
      throw refuse(`${where} must have ${length} numbers, one per ${kind} of the network.`);
    }
    const [min, max] = PARAM_LIMITS[kind];
    return values.map((v, k) => {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
        throw refuse(`${where}[${k}] must be a number from ${min} to ${max}.`);
      }
      return v;
    });
  };
  return rows.map((row, k) => {
    const where = `data.examples[${k}]`;
    const fields = record(row, where);
    return {
      inputs: numbers(fields.get('inputs'), inputs, `${where}.inputs`, 'input'),
      targets: numbers(fields.get('targets'), targets, `${where}.targets`, 'target'),
    };
  });
}
