/**
 * Forward mode, beside reverse mode: derivatives carried forward with dual
 * numbers. One pass seeds one leaf's tangent with 1 (ẋ = 1, every other leaf 0)
 * and computes, with each value, its tangent
 *
 *   v̇ = Σ_u ∂v/∂u · u̇
 *
 * so the output's tangent is ∂f/∂x for that one leaf. A gradient needs one pass
 * per leaf; reverse mode gets every leaf's in one backward pass. That difference,
 * counted here in passes and operations, is why backpropagation is reverse mode.
 */
import type { ExprEntryKind } from './expr-structure';
import { localTemplate } from './expr-templates';
import { forwardValues, localDerivative, type Cost, type ExprTrace } from './expr-trace';
import { FormulaError } from './expr-parse';
import { nameTex } from './expr-print';
import { fillTemplate, ref, templateRefs } from './template';

export interface TangentEntry {
  /** 'tan_x' (a leaf's seed), 'tan_v1' */
  readonly id: string;
  readonly phase: 'tangent';
  readonly kind: Extract<ExprEntryKind, 'seed' | 'value'>;
  readonly node: string;
  readonly edge: null;
  readonly value: number;
  /** \dot{v}_{1} */
  readonly symbol: string;
  readonly template: string;
  readonly formula: string;
  /** the tangents of the inputs */
  readonly factors: readonly string[];
  readonly deps: readonly string[];
  readonly touches: readonly string[];
}

export interface ForwardPass {
  /** the leaf whose tangent was seeded with 1 */
  readonly seed: string;
  readonly entries: readonly TangentEntry[];
  /** id → value of every entry */
  readonly quantities: Readonly<Record<string, number>>;
  /** node id → its tangent, ∂node/∂seed */
  readonly tangents: Readonly<Record<string, number>>;
  readonly operations: number;
}

export interface ForwardMode {
  readonly passes: readonly ForwardPass[];
  /** ∂f/∂leaf, each from its own pass */
  readonly gradients: Readonly<Record<string, number>>;
  readonly cost: Cost;
}

export const tangentId = (node: string) => `tan_${node}`;

/** The tangent's symbol for a node or leaf named `name`: \dot{w}_{0} for w0, \dot{x} for x. */
export const dotTex = (name: string) => nameTex(name, (tex) => `\\dot{${tex}}`);

/** One term ∂v/∂u · u̇ of a tangent's template; a negative local derivative in parentheses. */
const term = (local: string, input: string) =>
  `${local.startsWith('-') ? `\\left(${local}\\right)` : local}\\cdot ${ref(tangentId(input))}`;

/** One pass of forward mode: every node's value and tangent, with ẋ = 1 for `seed`. */
export function forwardPass(trace: ExprTrace, seed: string): ForwardPass {
  const { graph } = trace;
  if (!graph.leaves.includes(seed)) {
    throw new FormulaError('bad-formula', `${seed} is not a leaf of ${graph.formula}`);
  }
  const count = { operations: 0 };
  // Dual numbers carry the value with the tangent: each pass computes the values again.
  const values = forwardValues(graph, trace.leaves, count);
  const tangents: Record<string, number> = {};
  const entries: Omit<TangentEntry, 'formula'>[] = [];
  const symbols = new Map<string, string>();
  const incoming = new Map<string, string[]>();
  for (const edge of graph.edges)
    incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.key]);
  for (const leaf of graph.leaves) {
    tangents[leaf] = leaf === seed ? 1 : 0;
    const symbol = dotTex(leaf);
    symbols.set(tangentId(leaf), symbol);
    entries.push(
      entry(tangentId(leaf), 'seed', leaf, tangents[leaf], symbol, String(tangents[leaf]), [leaf]),
    );
  }
  for (const node of graph.operations) {
    // A unary operation has no second input, and reads none.
    const [a, b = 0] = node.inputs.map((id) => values[id]!);
    const terms: string[] = [];
    let tangent = 0;
    node.inputs.forEach((input, slot) => {
      if (graph.nodes.get(input)!.kind === 'constant') return;
      const local = localDerivative(node, slot, a!, b, values[node.id]!);
      tangent += local * tangents[input]!;
      count.operations += terms.length === 0 ? 2 : 3; // the local, the product, and the sum after the first
      terms.push(term(localTemplate(graph, node, slot), input));
    });
    if (!Number.isFinite(tangent)) {
      throw new FormulaError(
        'overflow',
        `the tangent of ${node.id} grows past float64`,
        node.at + 1,
      );
    }
    tangents[node.id] = tangent;
    const symbol = dotTex(node.id);
    symbols.set(tangentId(node.id), symbol);
    // Every operation has inputs, so edges in.
    const touches = [node.id, ...incoming.get(node.id)!];
    entries.push(
      entry(tangentId(node.id), 'value', node.id, tangent, symbol, terms.join('+') || '0', touches),
    );
  }
  const draw = (id: string) => symbols.get(id) ?? graph.nodes.get(id)?.symbol ?? id;
  const withFormulas = entries.map((e): TangentEntry => ({
    ...e,
    formula: fillTemplate(e.template, draw),
  }));
  return {
    seed,
    entries: withFormulas,
    quantities: Object.fromEntries(entries.map((e) => [e.id, e.value])),
    tangents,
    operations: count.operations,
  };
}

function entry(
  id: string,
  kind: 'seed' | 'value',
  node: string,
  value: number,
  symbol: string,
  template: string,
  touches: readonly string[],
): Omit<TangentEntry, 'formula'> {
  const deps = templateRefs(template);
  return {
    id,
    phase: 'tangent',
    kind,
    node,
    edge: null,
    value,
    symbol,
    template,
    factors: deps.filter((d) => d.startsWith('tan_')),
    deps,
    touches,
  };
}

/** Every pass of forward mode, one per leaf, and what they cost together. */
export function forwardMode(trace: ExprTrace): ForwardMode {
  const passes = trace.graph.leaves.map((leaf) => forwardPass(trace, leaf));
  const gradients = Object.fromEntries(
    passes.map((pass) => [pass.seed, pass.tangents[trace.graph.output]!]),
  );
  return {
    passes,
    gradients,
    cost: {
      passes: passes.length,
      operations: passes.reduce((total, pass) => total + pass.operations, 0),
    },
  };
}
