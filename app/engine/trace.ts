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
import { backwardAndUpdateDrafts, sourceRef } from './trace-backward';
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
        .map((w) => `${ref(w.id)}\\cdot ${sourceRef(sources, w.source, l)}`)
        .join('+');
      drafts.push({
        id: `net_${node}`,
        phase: 'forward',
        kind: 'weighted-sum',
        layer: l,
        neuron: node,
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
        neuron: node,
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
      neuron: node,
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
      neuron: draft.neuron ?? null,
      parameter: draft.parameter ?? null,
      via: draft.via ?? null,
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
