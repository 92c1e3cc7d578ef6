/**
 * Whether training on a dataset can still move: trainingHealth() for many
 * examples. A unit is saturated for the set when it is flat on every row (flat
 * on some rows only, it still learns from the others); the step is the one the
 * gradient over every row would take, η · max |mean ∂E/∂p| (with reduce = sum,
 * N times that). Read from the examples' traces, as the single example's is.
 */
import type { BatchStep } from './batch';
import type { ReduceMode } from './batch-options';
import { ACTIVATIONS } from './activations';
import type { Dataset } from './example';
import type { Model } from './model';
import { backward, createWorkspace, forward } from './network';
import {
  SATURATED_SHARE,
  SOLVED_ERROR,
  VANISHING_STEP,
  type SaturatedUnit,
  type TrainingHealth,
} from './train-health';

export interface BatchHealth extends TrainingHealth {
  /** the rows the health was read over */
  readonly rows: number;
}

/**
 * The health of a batch step over the rows it holds (the whole dataset, for
 * the set's health). A saturated unit's `out` and `slope` are those of the row
 * where it is least flat: the most any row still lets through.
 */
export function batchHealth(step: BatchStep): BatchHealth {
  const first = step.traces[0]!;
  const { names, model } = first;
  const last = names.sizes.length - 1;
  const saturated: SaturatedUnit[] = [];
  for (let l = last; l >= 1; l--) {
    const activation = l === last ? model.settings.act_o : model.settings.act_h;
    const flat = SATURATED_SHARE * ACTIVATIONS[activation].largestSlope;
    for (const neuron of names.neurons[l]!) {
      let steepest: { out: number; slope: number } | null = null;
      for (const trace of step.traces) {
        const slope = trace.quantities[`dout_${neuron}_dnet_${neuron}`] ?? NaN;
        if (!(Math.abs(slope) <= flat)) {
          steepest = null;
          break;
        }
        if (steepest === null || Math.abs(slope) > Math.abs(steepest.slope)) {
          steepest = { out: trace.quantities[`out_${neuron}`] ?? NaN, slope };
        }
      }
      if (steepest) saturated.push({ neuron, activation, ...steepest });
    }
  }
  const trained = [
    ...names.weights.map((w) => w.id),
    ...(model.settings.biases === 'learned' ? names.biasIds : []),
  ];
  const lr = model.params.lr ?? 0;
  const largestStep = Math.max(
    0,
    ...trained.map((id) => lr * Math.abs(step.gradients[`dE_d${id}`] ?? 0)),
  );
  return {
    saturated,
    largestStep,
    stalled: largestStep <= VANISHING_STEP && step.E_total > SOLVED_ERROR,
    error: step.E_total,
    rows: step.traces.length,
  };
}

/**
 * batchHealth over every row of the dataset, the same figures to the last digit,
 * from the numerical core instead of a trace per row: the Data tab reads it after
 * every edit and at the end of every run, and 200 traces of 2-6-6-1 cost a long
 * task where one pass per row costs a fraction of a millisecond.
 */
export function datasetHealth(model: Model, dataset: Dataset, reduce: ReduceMode): BatchHealth {
  const ws = createWorkspace(model);
  const { names } = ws;
  const last = names.sizes.length - 1;
  // Per unit, whether it is flat on every row so far, and the steepest of its rows.
  const flatLimit = names.sizes.map((_, l) =>
    l === 0
      ? 0
      : SATURATED_SHARE *
        ACTIVATIONS[l === last ? model.settings.act_o : model.settings.act_h].largestSlope,
  );
  const flat = names.sizes.map((size) => new Array<boolean>(size).fill(true));
  const steepest = names.sizes.map((size) =>
    Array.from({ length: size }, () => ({ out: NaN, slope: NaN, seen: false })),
  );
  const weightSum = new Float64Array(ws.weightGrad.length);
  const biasSum = new Float64Array(ws.biasGrad.length);
  let error = 0;
  for (const example of dataset.examples) {
    ws.out[0]!.set(example.inputs);
    ws.targets.set(example.targets);
    error += forward(ws);
    backward(ws);
    for (let i = 0; i < weightSum.length; i++) weightSum[i]! += ws.weightGrad[i]!;
    for (let i = 0; i < biasSum.length; i++) biasSum[i]! += ws.biasGrad[i]!;
    for (let l = 1; l <= last; l++) {
      for (let j = 0; j < names.sizes[l]!; j++) {
        if (!flat[l]![j]) continue;
        const slope = ws.dAct[l]![j]!;
        if (!(Math.abs(slope) <= flatLimit[l]!)) {
          flat[l]![j] = false;
          continue;
        }
        const best = steepest[l]![j]!;
        if (!best.seen || Math.abs(slope) > Math.abs(best.slope)) {
          Object.assign(best, { out: ws.out[l]![j]!, slope, seen: true });
        }
      }
    }
  }
  const saturated: SaturatedUnit[] = [];
  for (let l = last; l >= 1; l--) {
    const activation = l === last ? model.settings.act_o : model.settings.act_h;
    names.neurons[l]!.forEach((neuron, j) => {
      const best = steepest[l]![j]!;
      if (flat[l]![j] && best.seen) {
        saturated.push({ neuron, activation, out: best.out, slope: best.slope });
      }
    });
  }
  const n = reduce === 'mean' ? dataset.examples.length : 1;
  const lr = model.params.lr ?? 0;
  let largestStep = 0;
  for (let i = 0; i < weightSum.length; i++) {
    largestStep = Math.max(largestStep, lr * Math.abs(weightSum[i]! / n));
  }
  if (model.settings.biases === 'learned') {
    // Slot 0 holds no bias (names.biasSlots[0] is ''): the biases are slots 1 ….
    for (let i = 1; i < biasSum.length; i++) {
      largestStep = Math.max(largestStep, lr * Math.abs(biasSum[i]! / n));
    }
  }
  const E_total = error / n;
  return {
    saturated,
    largestStep,
    stalled: largestStep <= VANISHING_STEP && E_total > SOLVED_ERROR,
    error: E_total,
    rows: dataset.examples.length,
  };
}
