/**
 * Training on a dataset a piece at a time: a run of many epochs, cut into
 * chunks of updates that an animation takes one frame at a time and that give,
 * joined, exactly the numbers of the run in one go. A run counts its updates
 * from its start (epoch 0, batch 0); update u belongs to epoch ⌊u / P⌋, where P
 * is the updates per epoch (the last batch of an epoch may be short, and is an
 * update of its own).
 */
import { epochBatches } from './batch';
import type { BatchOptions } from './batch-options';
import type { Dataset, Example } from './example';
import type { Model, Params } from './model';
import { applyUpdate, backward, createWorkspace, forward, type Workspace } from './network';
import { outOfRange, readParams, type Divergence } from './train';

/** Updates in one epoch: ⌈rows / batch size⌉. */
export function updatesPerEpoch(rows: number, options: BatchOptions): number {
  const size = Math.max(1, Math.min(rows, Math.floor(options.size)));
  return Math.ceil(rows / size);
}

export interface EpochEnd {
  /** the epoch just completed, counted from 1 */
  readonly epoch: number;
  /** the mean E_total over every row after it */
  readonly error: number;
  /** every parameter after it */
  readonly params: Params;
}

export interface UpdatesResult {
  /** updates taken (fewer than asked only when the run diverged) */
  readonly updates: number;
  /** the batch error of each update taken, measured before it: the mean (or sum) of its examples' E_total */
  readonly batchErrors: Float64Array;
  /** each epoch the chunk completed */
  readonly epochEnds: readonly EpochEnd[];
  /** the parameters after the last update taken */
  readonly params: Params;
  /** why the chunk stopped early: the update that would have diverged, or null */
  readonly divergence: Divergence | null;
}

export interface UpdatesOptions {
  /** stop before an update whose batch error exceeds this (default: only the finite numbers) */
  readonly errorLimit?: number;
}

function load(ws: Workspace, example: Example): void {
  ws.out[0]!.set(example.inputs);
  ws.targets.set(example.targets);
}

/** The mean of the examples' E_total at the workspace's parameters. */
function meanError(ws: Workspace, examples: readonly Example[]): number {
  let sum = 0;
  for (const example of examples) {
    load(ws, example);
    sum += forward(ws);
  }
  return sum / examples.length;
}

/** The mean E_total over every row of the dataset, at the model's parameters. */
export function datasetError(model: Model, dataset: Dataset): number {
  return meanError(createWorkspace(model), dataset.examples);
}

/**
 * Takes updates `from` … `from + count − 1` of a run from the model's
 * parameters: per batch, each example's forward and backward pass, their
 * gradients summed, divided by the batch's size (mean) and one update. Stops
 * before an update that would leave the finite numbers or a parameter's range,
 * or whose batch error has grown past `errorLimit`, keeping the state before it.
 */
export function trainUpdates(
  model: Model,
  dataset: Dataset,
  options: BatchOptions,
  from: number,
  count: number,
  settings: UpdatesOptions = {},
): UpdatesResult {
  const ws = createWorkspace(model);
  const { examples } = dataset;
  const limit = settings.errorLimit ?? Infinity;
  const total = Math.max(0, Math.floor(count));
  const perEpoch = updatesPerEpoch(examples.length, options);
  const batchErrors = new Float64Array(total);
  const epochEnds: EpochEnd[] = [];
  const sumW = new Float64Array(ws.weightGrad.length);
  const sumB = new Float64Array(ws.biasGrad.length);
  const weights = new Float64Array(ws.weights.length);
  const biases = new Float64Array(ws.biases.length);
  let epoch = Math.floor(from / perEpoch);
  let batches = epochBatches(examples.length, options, epoch);
  let done = 0;
  let divergence: Divergence | null = null;
  for (let u = from; u < from + total; u++) {
    if (Math.floor(u / perEpoch) !== epoch) {
      epoch = Math.floor(u / perEpoch);
      batches = epochBatches(examples.length, options, epoch);
    }
    const batch = batches[u % perEpoch]!;
    sumW.fill(0);
    sumB.fill(0);
    let error = 0;
    for (const k of batch) {
      load(ws, examples[k]!);
      error += forward(ws);
      backward(ws);
      for (let i = 0; i < sumW.length; i++) sumW[i]! += ws.weightGrad[i]!;
      for (let i = 0; i < sumB.length; i++) sumB[i]! += ws.biasGrad[i]!;
    }
    const n = options.reduce === 'mean' ? batch.length : 1;
    const batchError = error / n;
    if (!Number.isFinite(batchError) || batchError > limit) {
      divergence = {
        reason: Number.isFinite(batchError) ? 'error-grew' : 'not-finite',
        step: u + 1,
      };
      break;
    }
    for (let i = 0; i < sumW.length; i++) ws.weightGrad[i] = sumW[i]! / n;
    for (let i = 0; i < sumB.length; i++) ws.biasGrad[i] = sumB[i]! / n;
    weights.set(ws.weights);
    biases.set(ws.biases);
    const finite = applyUpdate(ws);
    const outside = finite ? outOfRange(ws) : undefined;
    if (!finite || outside !== undefined) {
      ws.weights.set(weights);
      ws.biases.set(biases);
      divergence = {
        reason: finite ? 'out-of-range' : 'not-finite',
        step: u + 1,
        ...(outside !== undefined ? { param: outside } : {}),
      };
      break;
    }
    batchErrors[done++] = batchError;
    if ((u + 1) % perEpoch === 0) {
      epochEnds.push({
        epoch: (u + 1) / perEpoch,
        error: meanError(ws, examples),
        params: readParams(ws, model),
      });
    }
  }
  return {
    updates: done,
    batchErrors: batchErrors.subarray(0, done),
    epochEnds,
    params: readParams(ws, model),
    divergence,
  };
}

export interface BatchTrainResult {
  /** updates made (each batch is one) */
  readonly updates: number;
  /** whole epochs completed */
  readonly epochs: number;
  /** the batch error before each update, at [u] for update u + 1 */
  readonly lossPerUpdate: Float64Array;
  /** the mean E_total over every example after each whole epoch; [0] before any */
  readonly lossPerEpoch: Float64Array;
  /** the parameters after the last completed update */
  readonly params: Params;
  /** why training stopped early: the update that would have diverged, or null */
  readonly divergence: Divergence | null;
}

/** Trains `epochs` whole epochs of mini-batches in one go: the run a chunked one must equal. */
export function trainBatches(
  model: Model,
  dataset: Dataset,
  options: BatchOptions,
  epochs: number,
): BatchTrainResult {
  const count = Math.max(0, Math.floor(epochs));
  const run = trainUpdates(
    model,
    dataset,
    options,
    0,
    count * updatesPerEpoch(dataset.examples.length, options),
  );
  const lossPerEpoch = Float64Array.from([
    datasetError(model, dataset),
    ...run.epochEnds.map((end) => end.error),
  ]);
  return {
    updates: run.updates,
    epochs: run.epochEnds.length,
    lossPerUpdate: run.batchErrors,
    lossPerEpoch,
    params: run.params,
    divergence: run.divergence,
  };
}
