/**
 * The numerical core: forward pass, backward pass and update of a small dense
 * network, on typed arrays allocated once per workspace, so that training runs
 * without allocating per step. The trace (trace.ts) and training (train.ts) both
 * read these buffers; nothing else computes a derivative.
 *
 * Notation, per layer l (0 = inputs, L = outputs), neuron j:
 *   net_j = Σ_k w_jk · out_k + b_j          (out of layer l − 1; b_j is the layer's bias, or j's own)
 *   out_j = f_l(net_j)
 *   ∂E/∂out_j = loss'(t_j, out_j)          at the outputs
 *   ∂E/∂out_j = Σ_k δ_k · w_kj              in a hidden layer (k runs over layer l + 1)
 *   δ_j = ∂E/∂net_j = ∂E/∂out_j · ∂out_j/∂net_j
 *   ∂E/∂w_jk = δ_j · out_k
 *   ∂E/∂b_l = Σ_j δ_j   for a bias the layer shares (the article's), ∂E/∂b_j = δ_j for a neuron's own
 */
import { ACTIVATIONS, type Activation } from './activations';
import type { NetworkNames } from './architecture';
import { LOSSES, type Loss } from './losses';
import { checkModel, modelNames, type Model, type Settings } from './model';

export interface Workspace {
  readonly names: NetworkNames;
  readonly settings: Settings;
  readonly activations: readonly Activation[]; // per layer; entry 0 unused
  readonly loss: Loss;
  lr: number;
  readonly weights: Float64Array; // flat, in w1, w2, … order
  /** by bias slot (names.biasSlots): slot 0 unused, so with one bias per layer slot l is layer l's */
  readonly biases: Float64Array;
  readonly targets: Float64Array;
  /** per layer: net input (layer 0 unused) and output (layer 0 = the inputs) */
  readonly net: Float64Array[];
  readonly out: Float64Array[];
  /** per layer: ∂E/∂out, ∂out/∂net and δ = ∂E/∂net (layer 0 unused) */
  readonly dOut: Float64Array[];
  readonly dAct: Float64Array[];
  readonly delta: Float64Array[];
  /**
   * per hidden layer l: the term δ_k · w_kj that neuron k of layer l + 1 adds to
   * ∂E/∂out_j, at [j · size(l + 1) + k]. The article shows these
   * (∂E_o1/∂out_h1 and ∂E_o2/∂out_h1) before summing them.
   */
  readonly viaTerms: Float64Array[];
  readonly lossPerOutput: Float64Array;
  readonly weightGrad: Float64Array;
  /** by bias slot, as biases */
  readonly biasGrad: Float64Array;
  lossTotal: number;
}

/** Builds a workspace holding the model's values. Throws an EngineError for a bad model. */
export function createWorkspace(model: Model): Workspace {
  checkModel(model);
  const names = modelNames(model);
  const { sizes } = names;
  const layers = sizes.length;
  const perLayer = () => sizes.map((size) => new Float64Array(size));
  const ws: Workspace = {
    names,
    settings: model.settings,
    activations: sizes.map(
      (_, l) => ACTIVATIONS[l === layers - 1 ? model.settings.act_o : model.settings.act_h],
    ),
    loss: LOSSES[model.settings.loss],
    lr: model.params.lr ?? 0,
    weights: Float64Array.from(names.weights, (w) => model.params[w.id] ?? 0),
    biases: Float64Array.from(names.biasSlots, (b) => (b ? (model.params[b] ?? 0) : 0)),
    targets: Float64Array.from(names.targets, (t) => model.params[t] ?? 0),
    net: perLayer(),
    out: perLayer(),
    dOut: perLayer(),
    dAct: perLayer(),
    delta: perLayer(),
    // The output layer has no next layer, and so no terms.
    viaTerms: sizes.map((size, l) => new Float64Array(size * (sizes[l + 1] ?? 0))),
    lossPerOutput: new Float64Array(sizes[layers - 1] ?? 0),
    weightGrad: new Float64Array(names.weights.length),
    biasGrad: new Float64Array(names.biasSlots.length),
    lossTotal: 0,
  };
  names.inputs.forEach((id, k) => (ws.out[0]![k] = model.params[id] ?? 0));
  return ws;
}

/** Forward pass: fills net, out and the losses; returns E_total = Σ_o E_o. */
export function forward(ws: Workspace): number {
  const { sizes, weightOffsets } = ws.names;
  const last = sizes.length - 1;
  for (let l = 1; l <= last; l++) {
    const prev = ws.out[l - 1]!;
    const net = ws.net[l]!;
    const out = ws.out[l]!;
    const f = ws.activations[l]!.f;
    const biasSlots = ws.names.neuronBiasSlots[l]!;
    const offset = weightOffsets[l]!;
    const sources = prev.length;
    // Stryker disable next-line EqualityOperator: a pass at j = length only writes past the end of Float64Arrays, which ignore it
    for (let j = 0; j < net.length; j++) {
      let sum = 0;
      const row = offset + j * sources;
      for (let k = 0; k < sources; k++) sum += ws.weights[row + k]! * prev[k]!;
      // The bias is added last: the article's order (w1·i1 + w2·i2 + b1·1), and float64 sums are order-sensitive.
      net[j] = sum + ws.biases[biasSlots[j]!]!;
      out[j] = f(net[j]!);
    }
  }
  let total = 0;
  const outputs = ws.out[last]!;
  for (let j = 0; j < outputs.length; j++) {
    const e = ws.loss.f(ws.targets[j]!, outputs[j]!);
    ws.lossPerOutput[j] = e;
    total += e;
  }
  ws.lossTotal = total;
  return total;
}

/**
 * Backward pass (after forward): fills ∂E/∂out, ∂out/∂net, δ, the hidden-layer
 * terms and every gradient. Under hidden_deltas = updated, the terms use each
 * weight as it will be after this step's update (w − η ∂E/∂w): the ordering
 * mistake, kept to explain the article's after-training figures.
 */
export function backward(ws: Workspace): void {
  const { sizes, weightOffsets } = ws.names;
  const last = sizes.length - 1;
  const useUpdated = ws.settings.hidden_deltas === 'updated';
  // A sigmoid output under cross-entropy has δ = out − t exactly; computing it as the product
  // (out − t)/(out(1 − out)) · out(1 − out) would lose it to 0/0 once the sigmoid saturates.
  // (checkModel admits cross-entropy only over sigmoid outputs.)
  const exactCeDelta = ws.settings.loss === 'ce';
  for (let l = last; l >= 1; l--) {
    const out = ws.out[l]!;
    const net = ws.net[l]!;
    const dOut = ws.dOut[l]!;
    const dAct = ws.dAct[l]!;
    const delta = ws.delta[l]!;
    const act = ws.activations[l]!;
    if (l === last) {
      // Stryker disable next-line EqualityOperator: a pass at j = length only writes past the end of Float64Arrays, which ignore it
      for (let j = 0; j < out.length; j++) dOut[j] = ws.loss.df(ws.targets[j]!, out[j]!);
    } else {
      const next = ws.delta[l + 1]!;
      const terms = ws.viaTerms[l]!;
      const offset = weightOffsets[l + 1]!;
      // Stryker disable next-line EqualityOperator: a pass at j = length only writes past the end of Float64Arrays, which ignore it
      for (let j = 0; j < out.length; j++) {
        let sum = 0;
        for (let k = 0; k < next.length; k++) {
          const index = offset + k * out.length + j;
          const w = useUpdated
            ? ws.weights[index]! - ws.lr * ws.weightGrad[index]!
            : ws.weights[index]!;
          const term = next[k]! * w;
          terms[j * next.length + k] = term;
          sum += term;
        }
        dOut[j] = sum;
      }
    }
    // ∂E/∂b sums δ over the neurons the bias feeds: the whole layer for a shared bias
    // (from 0, in neuron order, as the article adds them), one neuron for its own.
    const biasSlots = ws.names.neuronBiasSlots[l]!;
    for (let j = 0; j < out.length; j++) ws.biasGrad[biasSlots[j]!] = 0;
    for (let j = 0; j < out.length; j++) {
      dAct[j] = act.df(out[j]!, net[j]!);
      delta[j] = l === last && exactCeDelta ? out[j]! - ws.targets[j]! : dOut[j]! * dAct[j]!;
      ws.biasGrad[biasSlots[j]!]! += delta[j]!;
    }
    const prev = ws.out[l - 1]!;
    const offset = weightOffsets[l]!;
    for (let j = 0; j < out.length; j++) {
      // ∂E/∂w_jk = (∂E/∂out_j · ∂out_j/∂net_j) · ∂net_j/∂w_jk = δ_j · out_k, the article's three factors.
      for (let k = 0; k < prev.length; k++)
        ws.weightGrad[offset + j * prev.length + k] = delta[j]! * prev[k]!;
    }
  }
}

/**
 * One gradient-descent step in place: w ← w − η ∂E/∂w (and the biases when they
 * are learned). Returns false if any value left the finite numbers.
 */
export function applyUpdate(ws: Workspace): boolean {
  let finite = true;
  for (let i = 0; i < ws.weights.length; i++) {
    const w = ws.weights[i]! - ws.lr * ws.weightGrad[i]!;
    ws.weights[i] = w;
    if (!Number.isFinite(w)) finite = false;
  }
  if (ws.settings.biases === 'learned') {
    for (let slot = 1; slot < ws.biases.length; slot++) {
      const b = ws.biases[slot]! - ws.lr * ws.biasGrad[slot]!;
      ws.biases[slot] = b;
      if (!Number.isFinite(b)) finite = false;
    }
  }
  return finite;
}
