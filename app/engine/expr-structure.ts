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
import { FUNCTIONS, type FunctionName } from './expr-ast';
import type { FormulaGraph, GraphEdge, GraphNode } from './expr-graph';
import { fillAndRefs, ref } from './template';

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

/** An input as it stands in a template: a mark for a value, the number itself for a constant. */
function operand(graph: FormulaGraph, id: string): string {
  const node = graph.nodes.get(id)!;
  return node.kind === 'constant' ? String(node.value) : ref(id);
}

/** The template of an operation's value: @[x]+@[y], \sigma\left(@[v1]\right). */
export function valueTemplate(graph: FormulaGraph, node: GraphNode): string {
  // b is undefined for a unary operation, whose templates do not read it.
  const [a, b] = node.inputs.map((id) => operand(graph, id)) as [string, string];
  switch (node.op) {
    case '+':
      return `${a}+${b}`;
    case '-':
      return `${a}-${b}`;
    case '*':
      return `${a}\\cdot ${b}`;
    case '/':
      return `\\frac{${a}}{${b}}`;
    case '^':
      return `{${a}}^{${b}}`;
    case 'neg':
      return `-${a}`;
    default:
      return FUNCTIONS[node.op as FunctionName].tex(a);
  }
}

/** The template of ∂node/∂(input `slot`): 1, @[y], \frac{1}{@[y]}, @[v2]\left(1-@[v2]\right). */
export function localTemplate(graph: FormulaGraph, node: GraphNode, slot: number): string {
  const [a, b] = node.inputs.map((id) => operand(graph, id)) as [string, string];
  const self = ref(node.id);
  switch (node.op) {
    case '+':
      return '1';
    case '-':
      return slot === 0 ? '1' : '-1';
    case '*':
      return slot === 0 ? b : a;
    case '/':
      return slot === 0 ? `\\frac{1}{${b}}` : `-\\frac{${a}}{{${b}}^{2}}`;
    case '^': {
      if (slot === 1) return `${self}\\cdot \\ln\\left(${a}\\right)`;
      const exponent = graph.nodes.get(node.inputs[1]!)!;
      if (exponent.kind !== 'constant') return `${b}\\cdot {${a}}^{${b}-1}`;
      const lower = exponent.value! - 1;
      return lower === 1 ? `${b}\\cdot ${a}` : `${b}\\cdot {${a}}^{${String(lower)}}`;
    }
    case 'neg':
      return '-1';
    default:
      return FUNCTIONS[node.op as FunctionName].dtex(a, self);
  }
}

interface Draft {
  id: string;
  phase: ExprPhase;
  kind: ExprEntryKind;
  node: string;
  edge: string | null;
  symbol: string;
  template: string;
  factors: string[];
  touches: string[];
  compute: Compute;
}

export function buildStructure(graph: FormulaGraph): ExprStructure {
  const out = graph.output;
  const entries: EntryShape[] = [];
  const index = new Map<string, number>();
  const draw = (id: string) => {
    const at = index.get(id);
    return at === undefined ? (graph.nodes.get(id)?.symbol ?? id) : entries[at]!.symbol;
  };
  // A template refers only to entries before it, so each entry is finished as it is made:
  // one object per entry, no second pass (a 200-node formula makes a thousand of them).
  const push = (draft: Draft) => {
    // Before it is added: a template never refers to its own entry.
    const { filled, refs } = fillAndRefs(draft.template, draw);
    index.set(draft.id, entries.length);
    // Field by field: spreading the draft cost more than everything else here together.
    entries.push({
      id: draft.id,
      phase: draft.phase,
      kind: draft.kind,
      node: draft.node,
      edge: draft.edge,
      symbol: draft.symbol,
      template: draft.template,
      formula: filled,
      factors: draft.factors,
      deps: refs,
      touches: draft.touches,
      compute: draft.compute,
    });
  };
  const symbolOf = (id: string) => graph.nodes.get(id)!.symbol;
  const outTex = symbolOf(out);
  const isVariable = (id: string) => graph.nodes.get(id)!.kind !== 'constant';
  const incomingOf = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges)
    incomingOf.set(edge.to, [...(incomingOf.get(edge.to) ?? []), edge]);

  for (const node of graph.operations) {
    const incoming = incomingOf.get(node.id) ?? [];
    push({
      id: node.id,
      phase: 'forward',
      kind: 'value',
      node: node.id,
      edge: null,
      symbol: node.symbol,
      template: valueTemplate(graph, node),
      factors: [],
      touches: [node.id, ...incoming.map((e) => e.key), ...node.inputs],
      compute: { type: 'value', node: node.id },
    });
  }

  const seed = gradientId(out, out);
  push({
    id: seed,
    phase: 'backward',
    kind: 'seed',
    node: out,
    edge: null,
    symbol: partialTex(outTex, outTex),
    template: '1',
    factors: [],
    touches: [out],
    compute: { type: 'seed' },
  });

  // Asked only of an operation's inputs, each of which has its uses.
  const usesOf = (id: string) => graph.uses.get(id)!.length;
  const pending = new Map<string, number>(); // node → contributions gathered so far
  const contributionOf = new Map<string, string>(); // edge key → its contribution's id
  const edges: EdgeShape[] = [];
  const totalOf = (id: string) => gradientId(out, id);

  for (const node of [...graph.operations].reverse()) {
    const upstream = totalOf(node.id);
    const atOutput = node.id === out;
    const incoming = (incomingOf.get(node.id) ?? []).filter((e) => isVariable(e.from));
    // x·x: two edges into one node, told apart by their place: |_{f (1)} and |_{f (2)}.
    const viaName = (edge: GraphEdge) =>
      edge.key.includes(':') ? `${node.symbol}\\,(${edge.slot + 1})` : node.symbol;
    const suffix = (edge: GraphEdge) => (edge.key.includes(':') ? `_${edge.slot + 1}` : '');
    const contributionId = (edge: GraphEdge) =>
      usesOf(edge.from) > 1
        ? `${totalOf(edge.from)}_via_${node.id}${suffix(edge)}`
        : totalOf(edge.from);
    const locals = incoming.map((edge) => {
      // At the output the upstream gradient is 1: the local derivative is the contribution itself.
      const id = atOutput
        ? contributionId(edge)
        : `${gradientId(node.id, edge.from)}${suffix(edge)}`;
      const single = atOutput && usesOf(edge.from) === 1;
      push({
        id,
        phase: 'backward',
        kind: single ? 'gradient' : atOutput ? 'contribution' : 'local',
        node: edge.from,
        edge: edge.key,
        symbol:
          atOutput && !single
            ? viaTex(outTex, symbolOf(edge.from), viaName(edge))
            : partialTex(node.symbol, symbolOf(edge.from)),
        template: localTemplate(graph, node, edge.slot),
        factors: [],
        touches: [edge.key, node.id, edge.from],
        compute: { type: 'local', edge },
      });
      return id;
    });
    incoming.forEach((edge, k) => {
      const id = contributionId(edge);
      if (!atOutput) {
        const single = usesOf(edge.from) === 1;
        push({
          id,
          phase: 'backward',
          kind: single ? 'gradient' : 'contribution',
          node: edge.from,
          edge: edge.key,
          symbol: single
            ? partialTex(outTex, symbolOf(edge.from))
            : viaTex(outTex, symbolOf(edge.from), viaName(edge)),
          template: `${ref(upstream)}\\cdot ${ref(locals[k]!)}`,
          factors: [upstream, locals[k]!],
          touches: [edge.key, edge.from, node.id],
          compute: { type: 'product', of: [index.get(upstream)!, index.get(locals[k]!)!] },
        });
      }
      edges.push({ edge, local: locals[k]!, contribution: id, gradient: totalOf(edge.from) });
      if (usesOf(edge.from) === 1) return;
      contributionOf.set(edge.key, id);
      const gathered = (pending.get(edge.from) ?? 0) + 1;
      pending.set(edge.from, gathered);
      if (gathered < usesOf(edge.from)) return;
      // Every use has handed its share back: the gradient is their sum, in the order of the uses.
      const terms = (graph.uses.get(edge.from) ?? []).map((use) => contributionOf.get(use.key)!);
      push({
        id: totalOf(edge.from),
        phase: 'backward',
        kind: 'gradient',
        node: edge.from,
        edge: null,
        symbol: partialTex(outTex, symbolOf(edge.from)),
        template: terms.map(ref).join('+'),
        factors: terms,
        touches: [edge.from, ...(graph.uses.get(edge.from) ?? []).map((e) => e.key)],
        compute: { type: 'sum', of: terms.map((t) => index.get(t)!) },
      });
    });
  }

  return { graph, entries, edges };
}

/** ∂f/∂x along one use: \left.\frac{\partial f}{\partial x}\right|_{v_{1}}. */
export const viaTex = (out: string, from: string, via: string) =>
  `\\left.${partialTex(out, from)}\\right|_{${via}}`;
