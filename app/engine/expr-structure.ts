/**
 * What the trace of a graph computes, before any number: every entry's id,
 * phase, symbol, formula template and factors, and how its value follows from
 * earlier ones. Built once per formula; expr-trace.ts then fills in the numbers
 * for any leaf values, which is all a drag has to redo.
 *
 * Forward: each operation's value, in order. Backward (reverse mode): the seed
 * ∂f/∂f = 1, then for each operation from the output down, the local
 * derivatives of its inputs ∂v/∂u, and ∂f/∂u = ∂f/∂v · ∂v/∂u. A value used in
 * several places gets one contribution per use, ∂f/∂u|_v, and its gradient is
 * their sum (micrograd's `+=`):
 *
 *   ∂f/∂a = ∂f/∂a|_{v₁} + ∂f/∂a|_{f}
 */
import type { FormulaGraph, GraphEdge, GraphNode } from './expr-graph';
import { localTemplate, valueTemplate } from './expr-templates';
import { LazyEntry, symbolsBefore, type Draft } from './expr-entry';
import { ref } from './template';

export type ExprPhase = 'forward' | 'backward';

/** What an entry is about: a value, the seed, an edge's local derivative, a contribution, a gradient. */
export type ExprEntryKind = 'value' | 'seed' | 'local' | 'contribution' | 'gradient';

/** How an entry's value follows from the graph and earlier entries (indices into the entries). */
export type Compute =
  | { readonly type: 'value'; readonly node: string }
  | { readonly type: 'seed' }
  | { readonly type: 'local'; readonly edge: GraphEdge }
  | { readonly type: 'product'; readonly of: readonly [number, number] }
  | { readonly type: 'sum'; readonly of: readonly number[] };

export interface EntryShape {
  /** 'v1', 'f', 'df_df', 'dv1_dx', 'df_dx', 'df_da_via_v1' */
  readonly id: string;
  readonly phase: ExprPhase;
  readonly kind: ExprEntryKind;
  /** the node whose value or gradient it is; for a local derivative or contribution, the input */
  readonly node: string;
  /** the edge a local derivative or contribution belongs to */
  readonly edge: string | null;
  /** TeX of the quantity: v_{1}, \frac{\partial f}{\partial x} */
  readonly symbol: string;
  /** the formula with each quantity or leaf it uses marked @[id] */
  readonly template: string;
  /** TeX, symbolic */
  readonly formula: string;
  /** the chain-rule factors, or the contributions summed */
  readonly factors: readonly string[];
  readonly deps: readonly string[];
  /** nodes (ids) and edges (keys) to light */
  readonly touches: readonly string[];
  readonly compute: Compute;
}

export interface EdgeShape {
  readonly edge: GraphEdge;
  /** entry ids: the local derivative ∂to/∂from; the contribution ∂f/∂from along this edge */
  readonly local: string;
  readonly contribution: string;
  /** ∂f/∂from, the sum of every contribution of `from` */
  readonly gradient: string;
}

export interface ExprStructure {
  readonly graph: FormulaGraph;
  readonly entries: readonly EntryShape[];
  /** non-constant edges only: a number has no gradient */
  readonly edges: readonly EdgeShape[];
}

/** The id of ∂top/∂bottom: 'df_dx'. */
export const gradientId = (top: string, bottom: string) => `d${top}_d${bottom}`;
export const partialTex = (top: string, bottom: string) =>
  `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

export function buildStructure(graph: FormulaGraph): ExprStructure {
  const out = graph.output;
  const outTex = graph.nodes.get(out)!.symbol;
  const entries: LazyEntry[] = [];
  const draw = symbolsBefore(graph, entries);
  /** Adds an entry; its place among the entries, which a later entry's compute refers to. */
  const push = (draft: Draft): number => {
    entries.push(new LazyEntry(draft, entries.length, draw));
    return entries.length - 1;
  };
  const incomingOf = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    const incoming = incomingOf.get(edge.to);
    if (incoming) incoming.push(edge);
    else incomingOf.set(edge.to, [edge]);
  }

  for (const node of graph.operations) {
    const touches = [node.id];
    for (const edge of incomingOf.get(node.id) ?? []) touches.push(edge.key);
    push({
      id: node.id,
      phase: 'forward',
      kind: 'value',
      node: node.id,
      edge: null,
      symbol: node.symbol,
      template: valueTemplate(graph, node),
      factors: [],
      touches: touches.concat(node.inputs),
      compute: { type: 'value', node: node.id },
    });
  }

  const gradientAt = new Map<string, number>(); // node → the place of ∂f/∂node
  gradientAt.set(
    out,
    push({
      id: gradientId(out, out),
      phase: 'backward',
      kind: 'seed',
      node: out,
      edge: null,
      symbol: partialTex(outTex, outTex),
      template: '1',
      factors: [],
      touches: [out],
      compute: { type: 'seed' },
    }),
  );

  const pending = new Map<string, number>(); // node → contributions gathered so far
  const contributionOf = new Map<string, { id: string; at: number }>(); // edge key → its contribution
  const edges: EdgeShape[] = [];

  for (let k = graph.operations.length - 1; k >= 0; k--) {
    const node = graph.operations[k]!;
    const upstream = gradientId(out, node.id);
    const upstreamAt = gradientAt.get(node.id)!;
    const atOutput = node.id === out;
    const incoming = (incomingOf.get(node.id) ?? []).filter(
      (edge) => graph.nodes.get(edge.from)!.kind !== 'constant',
    );
    const locals = incoming.map((edge) => {
      const uses = graph.uses.get(edge.from)!;
      const fromTex = graph.nodes.get(edge.from)!.symbol;
      // At the output the upstream gradient is 1: the local derivative is the contribution itself.
      const id = atOutput
        ? contributionId(out, node, edge, uses.length)
        : `${gradientId(node.id, edge.from)}${twinSuffix(edge)}`;
      const single = atOutput && uses.length === 1;
      const at = push({
        id,
        phase: 'backward',
        kind: single ? 'gradient' : atOutput ? 'contribution' : 'local',
        node: edge.from,
        edge: edge.key,
        symbol:
          atOutput && !single
            ? viaTex(outTex, fromTex, viaName(node, edge))
            : partialTex(node.symbol, fromTex),
        template: localTemplate(graph, node, edge.slot),
        factors: [],
        touches: [edge.key, node.id, edge.from],
        compute: { type: 'local', edge },
      });
      return { id, at };
    });
    incoming.forEach((edge, slot) => {
      const uses = graph.uses.get(edge.from)!;
      const local = locals[slot]!;
      let contribution = local;
      if (!atOutput) {
        const single = uses.length === 1;
        const fromTex = graph.nodes.get(edge.from)!.symbol;
        const id = contributionId(out, node, edge, uses.length);
        const at = push({
          id,
          phase: 'backward',
          kind: single ? 'gradient' : 'contribution',
          node: edge.from,
          edge: edge.key,
          symbol: single
            ? partialTex(outTex, fromTex)
            : viaTex(outTex, fromTex, viaName(node, edge)),
          template: `${ref(upstream)}\\cdot ${ref(local.id)}`,
          factors: [upstream, local.id],
          touches: [edge.key, edge.from, node.id],
          compute: { type: 'product', of: [upstreamAt, local.at] },
        });
        contribution = { id, at };
      }
      const gradient = gradientId(out, edge.from);
      edges.push({ edge, local: local.id, contribution: contribution.id, gradient });
      if (uses.length === 1) {
        gradientAt.set(edge.from, contribution.at);
        return;
      }
      contributionOf.set(edge.key, contribution);
      const gathered = (pending.get(edge.from) ?? 0) + 1;
      pending.set(edge.from, gathered);
      if (gathered < uses.length) return;
      // Every use has handed its share back: the gradient is their sum, in the order of the uses.
      const terms = uses.map((use) => contributionOf.get(use.key)!);
      const touches = [edge.from];
      for (const use of uses) touches.push(use.key);
      gradientAt.set(
        edge.from,
        push({
          id: gradient,
          phase: 'backward',
          kind: 'gradient',
          node: edge.from,
          edge: null,
          symbol: partialTex(outTex, graph.nodes.get(edge.from)!.symbol),
          template: terms.map((term) => ref(term.id)).join('+'),
          factors: terms.map((term) => term.id),
          touches,
          compute: { type: 'sum', of: terms.map((term) => term.at) },
        }),
      );
    });
  }

  return { graph, entries, edges };
}

/** x·x: two edges into one node, told apart by their place: dv1_dx_1, |_{f (1)}. */
const twinSuffix = (edge: GraphEdge) => (edge.key.includes(':') ? `_${edge.slot + 1}` : '');
const viaName = (node: GraphNode, edge: GraphEdge) =>
  edge.key.includes(':') ? `${node.symbol}\\,(${edge.slot + 1})` : node.symbol;

/** The id of ∂out/∂from along this edge: df_da_via_v1 for a value used `uses` times, else df_da. */
function contributionId(out: string, node: GraphNode, edge: GraphEdge, uses: number): string {
  const total = gradientId(out, edge.from);
  return uses > 1 ? `${total}_via_${node.id}${twinSuffix(edge)}` : total;
}

/** ∂f/∂x along one use: \left.\frac{\partial f}{\partial x}\right|_{v_{1}}. */
export const viaTex = (out: string, from: string, via: string) =>
  `\\left.${partialTex(out, from)}\\right|_{${via}}`;
