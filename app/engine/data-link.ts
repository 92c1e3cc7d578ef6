/**
 * The dataset's part of a link, written: data=, batch=, reduce=, shuffle=,
 * seed= (read by data-query.ts, which loads the datasets' code only when a link
 * has these keys).
 */
import { DEFAULT_BATCH, type BatchOptions } from './batch-options';
import { EngineError } from './errors';
import { rowsText, type Dataset } from './example';

export const DATA_KEYS = ['data', 'batch', 'reduce', 'shuffle', 'seed'] as const;
export type DataKey = (typeof DATA_KEYS)[number];
export const isDataKey = (key: string): key is DataKey =>
  (DATA_KEYS as readonly string[]).includes(key);

/** A dataset and how it is cut into batches. */
export interface DataSetup {
  readonly dataset: Dataset;
  /** batch.size is the dataset's size when the batch is `all` */
  readonly batch: BatchOptions;
  /** whether batch= said `all` (or nothing): the whole set, whatever its size */
  readonly fullBatch: boolean;
}

/** The query entries of a setup, only what differs from the defaults. */
export function dataToQuery(setup: DataSetup | null): [string, string][] {
  if (setup === null) return [];
  const { dataset, batch } = setup;
  const entries: [string, string][] = [
    ['data', dataset.name === 'rows' ? rowsText(dataset.examples) : dataset.name],
  ];
  if (!setup.fullBatch) entries.push(['batch', String(batch.size)]);
  if (batch.reduce !== DEFAULT_BATCH.reduce) entries.push(['reduce', batch.reduce]);
  if (batch.shuffle !== DEFAULT_BATCH.shuffle) entries.push(['shuffle', '1']);
  if (batch.seed !== DEFAULT_BATCH.seed) entries.push(['seed', String(batch.seed)]);
  return entries;
}

/**
 * What setParams' data keys say of clearing: `data: ''` (or blanks) asks for no
 * dataset, the one example, as the Data tab's first choice does. Any other data
 * key beside it applies to a dataset there will not be: it is refused by name
 * and nothing changes. 'keep' when `data` is not given empty.
 */
export function dataClearing(
  entries: readonly (readonly [DataKey, string])[],
): 'keep' | 'clear' | EngineError {
  const data = entries.find(([key]) => key === 'data');
  if (data === undefined || data[1].trim() !== '') return 'keep';
  const other = entries.find(([key]) => key !== 'data');
  if (other === undefined) return 'clear';
  return new EngineError(
    'bad-data',
    other[0],
    `${other[0]} applies to a dataset, and data = "" asks for none; nothing was changed.`,
  );
}
