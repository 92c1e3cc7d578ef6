/**
 * Training: repeated gradient steps on one workspace, recording E_total after
 * each step. Allocates once, before the loop.
 */
import { paramIds, type Model, type Params } from './model';
import { applyUpdate, backward, createWorkspace, forward, type Workspace } from './network';

export type TrainStatus = 'done' | 'diverged';

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
}

/**
 * Runs `steps` gradient steps from the model's parameters. Each step is one
 * forward pass, one backward pass and w ← w − η ∂E/∂w. Stops early, with status
 * 'diverged', if the error or any parameter stops being a finite number; the
 * result then holds the last finite state.
 */
export function train(model: Model, steps: number): TrainResult {
  const ws = createWorkspace(model);
  const count = Math.max(0, Math.floor(steps));
  const losses = new Float64Array(count);
  const initialLoss = forward(ws);
  const weights = new Float64Array(ws.weights.length);
  const biases = new Float64Array(ws.biases.length);
  let done = 0;
  let status: TrainStatus = 'done';
  for (let s = 0; s < count; s++) {
    weights.set(ws.weights);
    biases.set(ws.biases);
    backward(ws);
    const loss = applyUpdate(ws) ? forward(ws) : NaN;
    if (!Number.isFinite(loss)) {
      ws.weights.set(weights);
      ws.biases.set(biases);
      forward(ws);
      status = 'diverged';
      break;
    }
    losses[s] = loss;
    done = s + 1;
  }
  return {
    status,
    steps: done,
    initialLoss,
    losses,
    params: readParams(ws, model),
    outputs: readOutputs(ws),
  };
}

function readParams(ws: Workspace, model: Model): Params {
  const params: Record<string, number> = {};
  for (const id of paramIds(ws.names)) params[id] = model.params[id] ?? 0;
  ws.names.weights.forEach((w) => (params[w.id] = ws.weights[w.index]!));
  ws.names.biases.forEach((b, l) => {
    if (b) params[b] = ws.biases[l]!;
  });
  return params;
}

function readOutputs(ws: Workspace): Record<string, number> {
  const last = ws.names.sizes.length - 1;
  const outputs: Record<string, number> = {};
  ws.names.neurons[last]!.forEach((node, j) => (outputs[node] = ws.out[last]![j]!));
  return outputs;
}
