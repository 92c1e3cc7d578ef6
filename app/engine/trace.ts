/**
 * The trace: every quantity of the worked example, in the order a person computes
 * it, as plain data. Every view (sheet, explorer, lessons, CLI, embed) reads it;
 * nothing else computes a derivative.
 */
import { EngineError } from './errors';
import type { NetworkNames } from './architecture';
import { formatNumber } from './format';
import type { Model, Params } from './model';
import { applyUpdate, backward, createWorkspace, forward, type Workspace } from './network';
import { ARTICLE_NOTATION, type Notation } from './notation';
import { fillTemplate, ref, templateRefs, texOperand } from './template';
import type { Draft, Trace, TraceEntry } from './trace-types';

export { PHASES, type Phase, type QuantityKind, type Trace, type TraceEntry } from './trace-types';

/**
 * Computes the trace of one forward pass, one backward pass and one update for
 * the model. Throws an EngineError for an invalid model, or when extreme
 * in-range values overflow float64; never returns NaN.
 */
export function computeTrace(model: Model, notation: Notation = ARTICLE_NOTATION): Trace {
  const ws = createWorkspace(model);
  forward(ws);
  backward(ws);
  const drafts = [...forwardDrafts(ws, notation), ...backwardAndUpdateDrafts(ws, notation)];
  const before = Float64Array.from(ws.weights);
  applyUpdate(ws);
  drafts.push({
    id: 'E_total_new',
    phase: 'update',
    kind: 'error-after-update',
    layer: ws.names.sizes.length - 1,
    value: forward(ws),
    symbol: `${notation.lossTotal}^{+}`,
    // E_total evaluated again, with every parameter replaced by its updated value.
    template: `${notation.lossTotal}\\big|_{w\\,\\leftarrow\\,w^{+}}`,
    factors: [],
    own: [...ws.names.neurons[ws.names.sizes.length - 1]!, ...ws.names.targets],
  });
  ws.weights.set(before);
  return finish(model, ws.names, drafts, notation);
}

function forwardDrafts(ws: Workspace, n: Notation): Draft[] {
  const { names } = ws;
  const drafts: Draft[] = [];
  const last = names.sizes.length - 1;
  for (let l = 1; l <= last; l++) {
    const sources = names.neurons[l - 1]!;
    names.neurons[l]!.forEach((node, j) => {
      const bias = names.neuronBiases[l]![j]!;
      const incoming = names.weights.filter((w) => w.layer === l && w.target === j);
      const sum = incoming
        .map((w) => `${ref(w.id)}\\cdot ${source(sources, w.source, l)}`)
        .join('+');
      drafts.push({
        id: `net_${node}`,
        phase: 'forward',
        kind: 'weighted-sum',
        layer: l,
        value: ws.net[l]![j]!,
        symbol: n.net(node),
        template: `${sum}+${ref(bias)}\\cdot 1`,
        own: [node, bias, ...incoming.map((w) => w.id), ...sources],
      });
      drafts.push({
        id: `out_${node}`,
        phase: 'forward',
        kind: 'activation',
        layer: l,
        value: ws.out[l]![j]!,
        symbol: n.out(node),
        template: ws.activations[l]!.tex(ref(`net_${node}`)),
        own: [node],
      });
    });
  }
  const outputs = names.neurons[last]!;
  outputs.forEach((node, j) => {
    const target = names.targets[j]!;
    drafts.push({
      id: `E_${node}`,
      phase: 'loss',
      kind: 'output-error',
      layer: last,
      value: ws.lossPerOutput[j]!,
      symbol: n.lossOf(node),
      template: ws.loss.tex(ref(target), ref(`out_${node}`)),
      own: [node, target],
    });
  });
  drafts.push({
    id: 'E_total',
    phase: 'loss',
    kind: 'total-error',
    layer: last,
    value: ws.lossTotal,
    symbol: n.lossTotal,
    template: outputs.map((node) => ref(`E_${node}`)).join('+'),
    own: [...outputs, ...names.targets],
  });
  return drafts;
}

/** In the first layer a weight's source is an input parameter; later, a neuron's output. */
function source(sources: readonly string[], k: number, layer: number): string {
  return layer === 1 ? ref(sources[k]!) : ref(`out_${sources[k]!}`);
}

function backwardAndUpdateDrafts(ws: Workspace, n: Notation): Draft[] {
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
        value: ws.out[l - 1]![w.source]!,
        symbol: n.dnet_dparam(node, w.id),
        template: source(sources, w.source, l),
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
    value: value - ws.lr * grad,
    symbol: n.updated(id),
    template: `${ref(id)}-${ref('lr')}\\cdot ${ref(`dE_d${id}`)}`,
    factors: [`dE_d${id}`],
    // Stryker disable next-line ArrayDeclaration: the parameter comes again with ∂E/∂p, the factor; only its place in the list would change
    own: [id],
  }));
}

function finish(model: Model, names: NetworkNames, drafts: Draft[], n: Notation): Trace {
  const quantities: Record<string, number> = {};
  const symbols: Record<string, string> = {};
  const touches: Record<string, readonly string[]> = {};
  const value = (id: string): number => quantities[id] ?? (model.params as Params)[id] ?? NaN;
  const entries = drafts.map((draft): TraceEntry => {
    if (!Number.isFinite(draft.value)) {
      throw new EngineError(
        'overflow',
        draft.id,
        `${draft.id} = ${formatNumber(draft.value)}: the numbers outgrew float64. Try smaller weights or inputs.`,
      );
    }
    quantities[draft.id] = draft.value;
    symbols[draft.id] = draft.symbol;
    const factors = draft.factors ?? [];
    const own = new Set(draft.own);
    for (const factor of factors) for (const element of touches[factor]!) own.add(element);
    touches[draft.id] = [...own];
    const entry: Omit<TraceEntry, 'substituted'> = {
      id: draft.id,
      phase: draft.phase,
      kind: draft.kind,
      layer: draft.layer,
      value: draft.value,
      symbol: draft.symbol,
      template: draft.template,
      formula: fillTemplate(draft.template, (id) => symbols[id] ?? n.param(id)),
      factors,
      deps: templateRefs(draft.template),
      touches: touches[draft.id]!,
    };
    // The numbers-in-place TeX is written on first read: a weight drag recomputes the trace
    // on every pointer move, and only the sheet, the CLI and a lesson's worked formula read it.
    let substituted: string | undefined;
    return Object.defineProperty(entry, 'substituted', {
      enumerable: true,
      get: () => (substituted ??= fillTemplate(draft.template, (id) => texOperand(value(id)))),
    }) as TraceEntry;
  });
  return { model, names, entries, quantities };
}
