/**
 * Training: repeated gradient steps on one workspace, recording E_total after
 * each step. Allocates once, before the loop. A run stops at the last step the
 * app can show: before the error leaves the finite numbers, grows past its
 * divergence limit, or a parameter leaves its allowed range.
 */
import { PARAM_LIMITS, paramIds, type Model, type Params, type Settings } from './model';
import { applyUpdate, backward, createWorkspace, forward, type Workspace } from './network';

export type TrainStatus = 'done' | 'diverged';

/** Why a run stopped early: what its next step would have done. */
export type DivergenceReason = 'not-finite' | 'error-grew' | 'out-of-range';

export interface Divergence {
  readonly reason: DivergenceReason;
  /** the step that would have diverged (the run keeps the state after the one before) */
  readonly step: number;
  /** for 'out-of-range': the parameter that left its range */
  readonly param?: string;
}

/** A run stops as diverged when the error grows past this multiple of its start … */
export const DIVERGENCE_FACTOR = 1e6;
/** … measured from at least this error, so a run that starts at 0 does not stop on rounding. */
const DIVERGENCE_FLOOR = 1e-6;

/** The error past which a run that started at `initial` counts as diverged. */
export const divergenceLimit = (initial: number) =>
  DIVERGENCE_FACTOR * Math.max(initial, DIVERGENCE_FLOOR);

export interface TrainOptions {
  /** stop before a step whose error exceeds this (default: no limit but the finite numbers) */
  readonly errorLimit?: number;
}

/**
 * A learning rate at which E_total visibly goes up and down, for the Train tab
 * to offer. With the article's sigmoid outputs no rate does this (a large step
 * throws the outputs into the sigmoid's flat ends instead, where they stay); with
 * tanh outputs, whose slope at 0 is 1 rather than ¼, a step of η = 8 jumps past
 * the valley's floor and back for the first hundred steps or so.
 */
export const OSCILLATING_EXAMPLE: {
  readonly lr: number;
  readonly settings: Partial<Settings>;
  readonly steps: number;
} = { lr: 8, settings: { act_o: 'tanh' }, steps: 100 };

export interface TrainResult {
  readonly status: TrainStatus;
  /** steps completed (equals the steps asked for unless training diverged) */
  readonly steps: number;
  /** E_total before any step */
  readonly initialLoss: number;
  /** E_total after step s at [s − 1]; only the first `steps` entries are filled */
  readonly losses: Float64Array;
  /** the parameters after the last completed step */
  readonly params: Params;
  /** outputs after the last completed step, by neuron name */
  readonly outputs: Readonly<Record<string, number>>;
  /** why the run stopped early, or null */
  readonly divergence: Divergence | null;
}

/**
 * Runs `steps` gradient steps from the model's parameters. Each step is one
 * forward pass, one backward pass and w ← w − η ∂E/∂w. Stops early, with status
 * 'diverged', before a step after which the error is not a finite number or
 * exceeds `errorLimit`, or a parameter lies outside its allowed range; the result
 * then holds the last state before it.
 */
export function train(model: Model, steps: number, options: TrainOptions = {}): TrainResult {
  const ws = createWorkspace(model);
  const count = Math.max(0, Math.floor(steps));
  const limit = options.errorLimit ?? Infinity;
  const losses = new Float64Array(count);
  const initialLoss = forward(ws);
  const weights = new Float64Array(ws.weights.length);
  const biases = new Float64Array(ws.biases.length);
  let done = 0;
  let divergence: Divergence | null = null;
  for (let s = 0; s < count; s++) {
    weights.set(ws.weights);
    biases.set(ws.biases);
    backward(ws);
    const loss = applyUpdate(ws) ? forward(ws) : NaN;
    const outside = Number.isFinite(loss) ? outOfRange(ws) : undefined;
    const reason: DivergenceReason | null = !Number.isFinite(loss)
      ? 'not-finite'
      : outside !== undefined
        ? 'out-of-range'
        : loss > limit
          ? 'error-grew'
          : null;
    if (reason) {
      ws.weights.set(weights);
      ws.biases.set(biases);
      forward(ws);
      divergence = { reason, step: s + 1, ...(outside !== undefined ? { param: outside } : {}) };
      break;
    }
    losses[s] = loss;
    done = s + 1;
  }
  return {
    status: divergence ? 'diverged' : 'done',
    steps: done,
    initialLoss,
    losses,
    params: readParams(ws, model),
    outputs: readOutputs(ws),
    divergence,
  };
}

/** The first weight or bias outside its allowed range, if any (training changes no other). */
function outOfRange(ws: Workspace): string | undefined {
  const [wMin, wMax] = PARAM_LIMITS.weight;
  for (const w of ws.names.weights) {
    const value = ws.weights[w.index]!;
    if (value < wMin || value > wMax) return w.id;
  }
  const [bMin, bMax] = PARAM_LIMITS.bias;
  for (const [slot, id] of ws.names.biasSlots.entries()) {
    const value = ws.biases[slot]!;
    // Slot 0 holds no bias: its name is ''.
    if (id && (value < bMin || value > bMax)) return id;
  }
  return undefined;
}

function readParams(ws: Workspace, model: Model): Params {
  const params: Record<string, number> = {};
  for (const id of paramIds(ws.names)) params[id] = model.params[id] ?? 0;
  ws.names.weights.forEach((w) => (params[w.id] = ws.weights[w.index]!));
  ws.names.biasSlots.forEach((b, slot) => {
    if (b) params[b] = ws.biases[slot]!;
  });
  return params;
}

function readOutputs(ws: Workspace): Record<string, number> {
  const last = ws.names.sizes.length - 1;
  const outputs: Record<string, number> = {};
  ws.names.neurons[last]!.forEach((node, j) => (outputs[node] = ws.out[last]![j]!));
  return outputs;
}
