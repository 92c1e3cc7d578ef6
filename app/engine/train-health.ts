/**
 * Whether training can still move: units whose activation has gone flat
 * (saturated: |f′| tiny), and steps too small to change anything (vanishing
 * gradients). A learning rate too large can throw every unit into saturation in
 * one step; the error curve then lies flat and looks like success. Read from the
 * trace, which already holds each f′ and each ∂E/∂p.
 */
import type { ActivationId } from './activations';
import type { Trace } from './trace';

/** The largest slope of each activation: a unit is saturated when |f′| falls a millionfold below it. */
const LARGEST_SLOPE: Readonly<Record<ActivationId, number>> = {
  sigmoid: 0.25,
  tanh: 1,
  relu: 1,
  linear: 1,
};
export const SATURATED_SHARE = 1e-6;
/**
 * A step that moves no weight by more than this changes nothing a reader can see,
 * not in ten thousand steps.
 */
export const VANISHING_STEP = 1e-9;
/** An error this small is a solved problem, and a flat curve there is success. */
export const SOLVED_ERROR = 1e-12;

export interface SaturatedUnit {
  readonly neuron: string;
  readonly activation: ActivationId;
  readonly out: number;
  /** f′ at the unit's net input */
  readonly slope: number;
}

export interface TrainingHealth {
  /** units whose activation is flat where they sit, outputs first */
  readonly saturated: readonly SaturatedUnit[];
  /** the most any weight (or learned bias) moves in the next step: η · max |∂E/∂p| */
  readonly largestStep: number;
  /** the next step moves nothing visibly, though the error is not solved */
  readonly stalled: boolean;
  readonly error: number;
}

export function trainingHealth(trace: Trace): TrainingHealth {
  const { names, model, quantities } = trace;
  const last = names.sizes.length - 1;
  const saturated: SaturatedUnit[] = [];
  for (let l = last; l >= 1; l--) {
    const activation = l === last ? model.settings.act_o : model.settings.act_h;
    for (const neuron of names.neurons[l]!) {
      const slope = quantities[`dout_${neuron}_dnet_${neuron}`] ?? NaN;
      if (Math.abs(slope) <= SATURATED_SHARE * LARGEST_SLOPE[activation]) {
        saturated.push({ neuron, activation, out: quantities[`out_${neuron}`] ?? NaN, slope });
      }
    }
  }
  const trained = [
    ...names.weights.map((w) => w.id),
    ...(model.settings.biases === 'learned' ? names.biasIds : []),
  ];
  const lr = model.params.lr ?? 0;
  // The trace holds ∂E/∂p for every weight and bias, learned or not.
  const largestStep = Math.max(0, ...trained.map((id) => lr * Math.abs(quantities[`dE_d${id}`]!)));
  const error = quantities.E_total ?? NaN;
  return {
    saturated,
    largestStep,
    stalled: largestStep <= VANISHING_STEP && error > SOLVED_ERROR,
    error,
  };
}
