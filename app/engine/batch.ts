/**
 * Mini-batches: one update from many examples. Each example of a batch is the
 * worked example with its own inputs and targets; its gradients are the trace's.
 * The batch's gradient is their mean (reduce = mean, the default: the batch error
 * is the mean of the examples' E_total) or their sum (reduce = sum: the same
 * direction, a step N times as long, as if the learning rate were N times larger).
 * An epoch visits every example once, in batches of `size`; a last batch that
 * comes out short is an update of its own, never carried into the next epoch.
 */
import type { BatchOptions, ReduceMode } from './batch-options';
import { exampleModel, type Dataset } from './example';
import { EngineError } from './errors';
import type { Model } from './model';
import { mulberry32 } from './random';
import { computeTrace, type Trace } from './trace';

export { DEFAULT_BATCH, REDUCE_MODES, type BatchOptions, type ReduceMode } from './batch-options';
export { exampleModel } from './example';

/**
 * The order an epoch visits the examples in: as given, or (shuffle) a
 * permutation drawn from the seed and the epoch, the same for the same pair.
 */
export function epochOrder(count: number, options: BatchOptions, epoch: number): number[] {
  const order = Array.from({ length: count }, (_, k) => k);
  if (!options.shuffle) return order;
  // Stryker disable next-line ArithmeticOperator: with epoch − 1 as well each epoch draws a stream of its own, all that is asked of it
  const random = mulberry32((options.seed ^ Math.imul(epoch + 1, 0x9e3779b9)) >>> 0);
  // Fisher–Yates: each of the count! orders equally likely.
  // Stryker disable next-line EqualityOperator: a pass at k = 0 could only swap the first row with itself
  for (let k = count - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  return order;
}

/** An epoch's batches, as lists of example indices; the last one may be short. */
export function epochBatches(count: number, options: BatchOptions, epoch: number): number[][] {
  const size = Math.max(1, Math.min(count, Math.floor(options.size)));
  const order = epochOrder(count, options, epoch);
  const batches: number[][] = [];
  for (let start = 0; start < count; start += size) batches.push(order.slice(start, start + size));
  return batches;
}

export interface BatchStep {
  /** the examples' indices in the dataset (0-based), in the batch's order */
  readonly indices: readonly number[];
  readonly reduce: ReduceMode;
  /** each example's trace: every quantity of its forward and backward pass */
  readonly traces: readonly Trace[];
  /** the batch error: the mean (or sum) of the examples' E_total */
  readonly E_total: number;
  /** ∂E/∂p of the batch for every weight and bias, by the trace's id (dE_dw1 …) */
  readonly gradients: Readonly<Record<string, number>>;
  /** each updated parameter after the batch's update, by the trace's id (w1_new …) */
  readonly updated: Readonly<Record<string, number>>;
}

/**
 * One update from the examples at `indices`, computed as the page shows it: each
 * example's trace, then the mean (or sum) of their gradients, then p − η ∂E/∂p.
 * Gives the same numbers, to the last digit, as the first update of trainBatches (batch-run.ts).
 */
export function batchStep(
  model: Model,
  dataset: Dataset,
  indices: readonly number[],
  reduce: ReduceMode,
): BatchStep {
  if (indices.length === 0) throw new EngineError('bad-data', 'batch', 'A batch needs an example.');
  const traces = indices.map((k) => computeTrace(exampleModel(model, dataset.examples[k]!)));
  const first = traces[0]!;
  const reduceOf = (id: string) => {
    let sum = 0;
    for (const trace of traces) sum += trace.quantities[id] ?? 0;
    return reduce === 'mean' ? sum / traces.length : sum;
  };
  const gradients: Record<string, number> = {};
  for (const entry of first.entries) {
    if (entry.kind === 'weight-gradient' || entry.kind === 'bias-gradient') {
      gradients[entry.id] = reduceOf(entry.id);
    }
  }
  const lr = model.params.lr ?? 0;
  const updated: Record<string, number> = {};
  for (const entry of first.entries) {
    // An update's one factor is its parameter's gradient: w5_new has dE_dw5.
    if (entry.kind !== 'update') continue;
    const gradient = entry.factors[0]!;
    const param = gradient.slice('dE_d'.length);
    updated[entry.id] = (model.params[param] ?? 0) - lr * gradients[gradient]!;
  }
  return { indices, reduce, traces, E_total: reduceOf('E_total'), gradients, updated };
}

/**
 * The first batch of the first epoch, in the order given (or shuffled from the
 * seed), and its one update: what the sheet and the embed report of a dataset.
 */
export interface FirstBatch {
  readonly size: number;
  readonly reduce: ReduceMode;
  /** the batch's rows, counted from 1, in its order */
  readonly examples: readonly number[];
  readonly E_total: number;
  /** dE_dw1 … dE_db…, by the trace's ids */
  readonly gradients: Readonly<Record<string, number>>;
  /** w1_new …, after one update */
  readonly updated: Readonly<Record<string, number>>;
}

export function firstBatch(model: Model, dataset: Dataset, options: BatchOptions): FirstBatch {
  const rows = epochBatches(dataset.examples.length, options, 0)[0]!;
  const step = batchStep(model, dataset, rows, options.reduce);
  return {
    size: rows.length,
    reduce: step.reduce,
    examples: rows.map((k) => k + 1),
    E_total: step.E_total,
    gradients: step.gradients,
    updated: step.updated,
  };
}
