/**
 * How a dataset is cut into batches: plain settings, apart from the training
 * code (batch.ts), so that a link can name them without loading it.
 */
export const REDUCE_MODES = ['mean', 'sum'] as const;
export type ReduceMode = (typeof REDUCE_MODES)[number];

export interface BatchOptions {
  /** examples per update, 1 … the dataset's size */
  readonly size: number;
  readonly reduce: ReduceMode;
  /** false: every epoch takes the rows in the order given */
  readonly shuffle: boolean;
  readonly seed: number;
}

export const DEFAULT_BATCH: Omit<BatchOptions, 'size'> = {
  reduce: 'mean',
  shuffle: false,
  seed: 1,
};
