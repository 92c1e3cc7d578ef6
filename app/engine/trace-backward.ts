/**
 * The trace's backward pass and update, as drafts (see trace.ts): for each layer
 * from the outputs down, ∂E/∂out (and its paths), ∂out/∂net, δ, ∂net/∂w, ∂E/∂w,
 * ∂E/∂b, then w⁺ = w − η ∂E/∂w.
 */
import type { NetworkNames } from './architecture';
import type { Workspace } from './network';
import type { Notation } from './notation';
import { ref } from './template';
import type { Draft } from './trace-types';

/** In the first layer a weight's source is an input parameter; later, a neuron's output. */
export function sourceRef(sources: readonly string[], k: number, layer: number): string {
  return layer === 1 ? ref(sources[k]!) : ref(`out_${sources[k]!}`);
}

/**
 * The backward pass layer by layer from the outputs, then the updates; under
 * hidden_deltas = updated, each layer's updates come right after it (the
 * ordering mistake: the layer below then reads the updated weights).
 */
export function backwardAndUpdateDrafts(ws: Workspace, n: Notation): Draft[] {
  const { names, settings } = ws;
  const last = names.sizes.length - 1;
  const backwardDrafts: Draft[] = [];
  const updates: Draft[] = [];
  const updated = settings.hidden_deltas === 'updated';
  // Cross-entropy comes only with sigmoid outputs (checkModel), whose delta is out − t.
  const exactCeDelta = settings.loss === 'ce';
  for (let l = last; l >= 1; l--) {
    const layerDrafts: Draft[] = [];
    const nodes = names.neurons[l]!;
    nodes.forEach((node, j) => {
      const dE_dout = `dE_dout_${node}`;
      if (l === last) {
        const target = names.targets[j]!;
        layerDrafts.push({
          id: dE_dout,
          phase: 'backward',
          kind: 'error-slope',
          layer: l,
          neuron: node,
          value: ws.dOut[l]![j]!,
          symbol: n.dE_dout(node),
          template: ws.loss.dtex(ref(target), ref(`out_${node}`)),
          own: [node, target],
        });
      } else {
        const nextNodes = names.neurons[l + 1]!;
        const terms = nextNodes.map((next, k) => {
          const w = names.weights.find(
            (x) => x.layer === l + 1 && x.target === k && x.source === j,
          )!;
          const id = `${dE_dout}_via_${next}`;
          layerDrafts.push({
            id,
            phase: 'backward',
            kind: 'path',
            layer: l,
            neuron: node,
            via: next,
            value: ws.viaTerms[l]![j * nextNodes.length + k]!,
            symbol: n.dE_dout_via(node, next, l + 1 === last),
            template: `${ref(`delta_${next}`)}\\cdot ${ref(updated ? `${w.id}_new` : w.id)}`,
            factors: [`delta_${next}`],
            own: [node, w.id],
          });
          return id;
        });
        layerDrafts.push({
          id: dE_dout,
          phase: 'backward',
          kind: 'sum-of-paths',
          layer: l,
          neuron: node,
          value: ws.dOut[l]![j]!,
          symbol: n.dE_dout(node),
          template: terms.map(ref).join('+'),
          factors: terms,
          own: [], // the node comes with each of its paths
        });
      }
      layerDrafts.push({
        id: `dout_${node}_dnet_${node}`,
        phase: 'backward',
        kind: 'activation-slope',
        layer: l,
        neuron: node,
        value: ws.dAct[l]![j]!,
        symbol: n.dout_dnet(node),
        template: ws.activations[l]!.dtex(ref(`out_${node}`), ref(`net_${node}`)),
        own: [node],
      });
      layerDrafts.push({
        id: `delta_${node}`,
        phase: 'backward',
        kind: 'delta',
        layer: l,
        neuron: node,
        value: ws.delta[l]![j]!,
        symbol: n.delta(node),
        // Under cross-entropy a sigmoid output's delta simplifies to out − target, and is computed so.
        ...(l === last && exactCeDelta
          ? {
              template: `${ref(`out_${node}`)}-${ref(names.targets[j]!)}`,
              factors: [],
              own: [node, names.targets[j]!],
            }
          : {
              template: `${ref(dE_dout)}\\cdot ${ref(`dout_${node}_dnet_${node}`)}`,
              factors: [dE_dout, `dout_${node}_dnet_${node}`],
              own: [], // the node comes with both factors
            }),
      });
    });
    const sources = names.neurons[l - 1]!;
    for (const w of names.weights.filter((x) => x.layer === l)) {
      const node = nodes[w.target]!;
      const local = `dnet_${node}_d${w.id}`;
      layerDrafts.push({
        id: local,
        phase: 'backward',
        kind: 'input',
        layer: l,
        neuron: node,
        parameter: w.id,
        value: ws.out[l - 1]![w.source]!,
        symbol: n.dnet_dparam(node, w.id),
        template: sourceRef(sources, w.source, l),
        own: [w.id, sources[w.source]!],
      });
      // The article's three factors; where δ is computed directly (out − t), δ and ∂net/∂w,
      // so that the factors shown multiply to the value shown even when the sigmoid saturates.
      const factors =
        l === last && exactCeDelta
          ? [`delta_${node}`, local]
          : [`dE_dout_${node}`, `dout_${node}_dnet_${node}`, local];
      layerDrafts.push({
        id: `dE_d${w.id}`,
        phase: 'backward',
        kind: 'weight-gradient',
        layer: l,
        parameter: w.id,
        value: ws.weightGrad[w.index]!,
        symbol: n.dE_dparam(w.id),
        template: factors.map(ref).join('\\cdot '),
        factors,
        // Stryker disable next-line ArrayDeclaration: the weight comes again with ∂net/∂w, a factor; only its place in the list would change
        own: [w.id],
      });
    }
    // A bias shared by the layer sums the deltas of every neuron it feeds; a neuron's own, its delta.
    for (const { bias, fed } of layerBiases(names, l)) {
      layerDrafts.push({
        id: `dE_d${bias}`,
        phase: 'backward',
        kind: 'bias-gradient',
        layer: l,
        parameter: bias,
        value: ws.biasGrad[names.biasSlots.indexOf(bias)]!,
        symbol: n.dE_dparam(bias),
        template: fed.map((node) => ref(`delta_${node}`)).join('+'),
        factors: fed.map((node) => `delta_${node}`),
        own: [bias],
      });
    }
    const layerUpdates = updateDrafts(ws, n, l);
    // The ordering mistake updates each layer before the layer below reads its weights.
    if (updated) backwardDrafts.push(...layerDrafts, ...layerUpdates);
    else {
      backwardDrafts.push(...layerDrafts);
      updates.push(...layerUpdates);
    }
  }
  return [...backwardDrafts, ...updates];
}

/** The biases of layer l, each with the neurons it feeds, in the order of those neurons. */
function layerBiases(names: NetworkNames, l: number): { bias: string; fed: string[] }[] {
  const groups = new Map<string, string[]>();
  names.neuronBiases[l]!.forEach((bias, j) => {
    const fed = groups.get(bias) ?? [];
    fed.push(names.neurons[l]![j]!);
    groups.set(bias, fed);
  });
  return [...groups].map(([bias, fed]) => ({ bias, fed }));
}

/** w⁺ = w − η ∂E/∂w for the layer's weights (and its biases, when biases are learned). */
function updateDrafts(ws: Workspace, n: Notation, l: number): Draft[] {
  const { names } = ws;
  const params = names.weights
    .filter((w) => w.layer === l)
    .map((w) => ({ id: w.id, value: ws.weights[w.index]!, grad: ws.weightGrad[w.index]! }));
  if (ws.settings.biases === 'learned') {
    for (const { bias } of layerBiases(names, l)) {
      const slot = names.biasSlots.indexOf(bias);
      params.push({ id: bias, value: ws.biases[slot]!, grad: ws.biasGrad[slot]! });
    }
  }
  return params.map(({ id, value, grad }) => ({
    id: `${id}_new`,
    phase: 'update',
    kind: 'update',
    layer: l,
    parameter: id,
    value: value - ws.lr * grad,
    symbol: n.updated(id),
    template: `${ref(id)}-${ref('lr')}\\cdot ${ref(`dE_d${id}`)}`,
    factors: [`dE_d${id}`],
    // Stryker disable next-line ArrayDeclaration: the parameter comes again with ∂E/∂p, the factor; only its place in the list would change
    own: [id],
  }));
}
