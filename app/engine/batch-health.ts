/**
 * Whether training on a dataset can still move: trainingHealth() for many
 * examples. A unit is saturated for the set when it is flat on every row (flat
 * on some rows only, it still learns from the others); the step is the one the
 * gradient over every row would take, η · max |mean ∂E/∂p| (with reduce = sum,
 * N times that). Read from the examples' traces, as the single example's is.
 */
import type { BatchStep } from './batch';
import { ACTIVATIONS } from './activations';
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
