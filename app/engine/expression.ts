/**
 * Small expression graphs for the chain rule (c = a + b, c = a·b, f = (x + y)·z),
 * traced the way the network is: every value and every gradient an entry with a
 * symbol, a template with @[id] marks and its chain-rule factors. One forward
 * pass from the leaves, then one backward pass from the output, where each
 * gradient is its upstream gradient times the local gradient of one operation:
 *
 *   ∂f/∂x = ∂f/∂q · ∂q/∂x
 */
import { EngineError } from './errors';
import { formatTexNumber } from './format';
import { fillTemplate, ref, templateRefs, texOperand } from './template';

export const EXPRESSION_GRAPH_IDS = ['a+b', 'a*b', '(x+y)*z'] as const;
export type ExpressionGraphId = (typeof EXPRESSION_GRAPH_IDS)[number];

export type Operation = '+' | '*';

export interface OperationNode {
  /** the value it produces: 'q', 'f' */
  readonly id: string;
  readonly op: Operation;
  readonly inputs: readonly [string, string];
}

export interface ExpressionGraph {
  readonly id: ExpressionGraphId;
  readonly leaves: readonly string[];
  /** in the order they are computed; the last one is the output */
  readonly operations: readonly OperationNode[];
  readonly output: string;
}

const GRAPHS: Readonly<Record<ExpressionGraphId, ExpressionGraph>> = {
  'a+b': {
    id: 'a+b',
    leaves: ['a', 'b'],
    operations: [{ id: 'c', op: '+', inputs: ['a', 'b'] }],
    output: 'c',
  },
  'a*b': {
    id: 'a*b',
    leaves: ['a', 'b'],
    operations: [{ id: 'c', op: '*', inputs: ['a', 'b'] }],
    output: 'c',
  },
  '(x+y)*z': {
    id: '(x+y)*z',
    leaves: ['x', 'y', 'z'],
    operations: [
      { id: 'q', op: '+', inputs: ['x', 'y'] },
      { id: 'f', op: '*', inputs: ['q', 'z'] },
    ],
    output: 'f',
  },
};

/** The largest leaf magnitude, as for the network's parameters. */
export const LEAF_LIMIT = 1e6;

export function isExpressionGraphId(id: unknown): id is ExpressionGraphId {
  return (EXPRESSION_GRAPH_IDS as readonly unknown[]).includes(id);
}

/** The structure of graph `id`; throws an EngineError for an unknown one. */
export function expressionGraph(id: string): ExpressionGraph {
  if (!isExpressionGraphId(id)) {
    throw new EngineError(
      'unknown-setting',
      'graph',
      `graph must be one of ${EXPRESSION_GRAPH_IDS.join(', ')}; "${id}" is not.`,
    );
  }
  return GRAPHS[id];
}

/** Throws unless `value` is an allowed value of leaf `leaf`: a finite number, |v| ≤ 1e6. */
export function checkLeaf(leaf: string, value: unknown): number {
  if (typeof value !== 'number') {
    throw new EngineError('not-a-number', leaf, `${leaf} must be a number; got ${typeof value}.`);
  }
  if (!Number.isFinite(value)) {
    throw new EngineError(
      'not-finite',
      leaf,
      `${leaf} must be a finite number, not ${String(value)}.`,
    );
  }
  if (Math.abs(value) > LEAF_LIMIT) {
    throw new EngineError(
      'out-of-range',
      leaf,
      `${leaf} must lie between ${-LEAF_LIMIT} and ${LEAF_LIMIT}; got ${value}.`,
    );
  }
  return value;
}

/** Every leaf present and valid, and no other names. */
export function checkLeaves(
  graph: ExpressionGraph,
  leaves: Readonly<Record<string, unknown>>,
): Record<string, number> {
  for (const name of Object.keys(leaves)) {
    if (!graph.leaves.includes(name)) {
      throw new EngineError(
        'unknown-parameter',
        name,
        `${name} is not a leaf of ${graph.id}; its leaves are ${graph.leaves.join(', ')}.`,
      );
    }
  }
  return Object.fromEntries(graph.leaves.map((leaf) => [leaf, checkLeaf(leaf, leaves[leaf])]));
}

export interface ExpressionEntry {
  /** 'q', 'f', 'df_dq', 'dq_dx': c = a + b gives 'c', 'dc_da' … */
  readonly id: string;
  readonly phase: 'forward' | 'backward';
  readonly value: number;
  /** TeX of the quantity: q, \frac{\partial f}{\partial x} */
  readonly symbol: string;
  /** the formula with each quantity or leaf it uses marked @[id] */
  readonly template: string;
  /** TeX, symbolic */
  readonly formula: string;
  /** TeX, with the numbers in place */
  readonly substituted: string;
  /** upstream gradient and local gradient, for a gradient found by the chain rule */
  readonly factors: readonly string[];
  readonly deps: readonly string[];
}

/** One edge of the drawing: a value flowing into an operation, or the output leaving. */
export interface ExpressionEdge {
  /** the value carried: a leaf or an operation's result */
  readonly from: string;
  /** the operation it feeds; null for the output's own edge */
  readonly to: string | null;
  /** ∂output/∂from, the gradient written under the edge */
  readonly gradient: string;
  /**
   * TeX, in parts that may each go on its own line: gradient = upstream · local,
   * then = the numbers multiplied, then = the value.
   */
  readonly rule: readonly string[];
}

export interface ExpressionTrace {
  readonly graph: ExpressionGraph;
  readonly leaves: Readonly<Record<string, number>>;
  readonly entries: readonly ExpressionEntry[];
  /** id → value of every entry */
  readonly quantities: Readonly<Record<string, number>>;
  readonly edges: readonly ExpressionEdge[];
}

/** The id of ∂top/∂bottom: 'df_dx'. */
export const gradientId = (top: string, bottom: string) => `d${top}_d${bottom}`;
const partial = (top: string, bottom: string) => `\\frac{\\partial ${top}}{\\partial ${bottom}}`;

interface Draft {
  id: string;
  phase: 'forward' | 'backward';
  value: number;
  symbol: string;
  template: string;
  factors?: string[];
}

/**
 * Forward: each operation's value (q = x + y, f = q·z). Backward: ∂f/∂f = 1, then
 * for each operation from the output down, the local gradients of its inputs
 * (∂(u + v)/∂u = 1, ∂(u·v)/∂u = v) and the chain rule ∂f/∂u = ∂f/∂q · ∂q/∂u.
 * At the output operation the upstream gradient is 1, so the local gradient is
 * already ∂f/∂u. Throws an EngineError naming the first invalid leaf.
 */
export function computeExpressionTrace(
  graphId: string,
  leafValues: Readonly<Record<string, unknown>>,
): ExpressionTrace {
  const graph = expressionGraph(graphId);
  const leaves = checkLeaves(graph, leafValues);
  const values: Record<string, number> = { ...leaves };
  const drafts: Draft[] = [];
  const out = graph.output;

  for (const { id, op, inputs } of graph.operations) {
    const [u, v] = inputs;
    values[id] = op === '+' ? values[u]! + values[v]! : values[u]! * values[v]!;
    const template = op === '+' ? `${ref(u)}+${ref(v)}` : `${ref(u)}\\cdot ${ref(v)}`;
    drafts.push({ id, phase: 'forward', value: values[id], symbol: id, template });
  }

  const seed = gradientId(out, out);
  values[seed] = 1;
  drafts.push({ id: seed, phase: 'backward', value: 1, symbol: partial(out, out), template: '1' });
  const edges: ExpressionEdge[] = [{ from: out, to: null, gradient: seed, rule: [] }];
  for (const { id, op, inputs } of [...graph.operations].reverse()) {
    const upstream = gradientId(out, id);
    const locals = inputs.map((input, k) => {
      const other = inputs[1 - k]!;
      const local = gradientId(id, input);
      values[local] = op === '+' ? 1 : values[other]!;
      drafts.push({
        id: local,
        phase: 'backward',
        value: values[local],
        symbol: partial(id, input),
        template: op === '+' ? '1' : ref(other),
      });
      return local;
    });
    inputs.forEach((input, k) => {
      const total = gradientId(out, input);
      edges.push({ from: input, to: id, gradient: total, rule: [] });
      if (id === out) return; // the local gradient is the total one
      values[total] = values[upstream]! * values[locals[k]!]!;
      drafts.push({
        id: total,
        phase: 'backward',
        value: values[total],
        symbol: partial(out, input),
        template: `${ref(upstream)}\\cdot ${ref(locals[k]!)}`,
        factors: [upstream, locals[k]!],
      });
    });
  }

  const symbols = Object.fromEntries(drafts.map((d) => [d.id, d.symbol]));
  const draw = (id: string) => symbols[id] ?? id;
  const number = (id: string) => texOperand(values[id]!);
  const entries = drafts.map((d): ExpressionEntry => ({
    id: d.id,
    phase: d.phase,
    value: d.value,
    symbol: d.symbol,
    template: d.template,
    formula: fillTemplate(d.template, draw),
    substituted: fillTemplate(d.template, number),
    factors: d.factors ?? [],
    deps: templateRefs(d.template),
  }));
  const quantities = Object.fromEntries(entries.map((e) => [e.id, e.value]));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const withRules = edges.map((edge) => ({
    ...edge,
    rule: edgeRule(edge, out, byId, number),
  }));
  return { graph, leaves, entries, quantities, edges: withRules };
}

/**
 * The chain rule on one edge, as TeX: ∂f/∂x = ∂f/∂q (upstream) · ∂q/∂x (local),
 * = the numbers, = the value. The output's own edge has the seed ∂f/∂f = 1.
 */
function edgeRule(
  edge: ExpressionEdge,
  out: string,
  entries: ReadonlyMap<string, ExpressionEntry>,
  number: (id: string) => string,
): string[] {
  const gradient = entries.get(edge.gradient)!;
  if (edge.to === null) return [`${gradient.symbol}=1`];
  const upstream = entries.get(gradientId(out, edge.to))!;
  const local = entries.get(gradientId(edge.to, edge.from))!;
  const brace = (tex: string, word: string) => `\\underbrace{${tex}}_{\\text{${word}}}`;
  return [
    `${gradient.symbol}=${brace(upstream.symbol, 'upstream')}\\cdot ${brace(local.symbol, 'local')}`,
    `=${number(upstream.id)}\\cdot ${number(local.id)}`,
    `=${formatTexNumber(gradient.value)}`,
  ];
}
