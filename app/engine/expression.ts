/**
 * The chain-rule lesson's small graphs (c = a + b, c = a·b, f = (x + y)·z) as
 * formulas of the playground's engine, with the names the lesson uses (c, q):
 * one engine, whose trace the lesson's widget reads. What this module adds is
 * only the lesson's view of it: each edge with its gradient and the chain rule
 * written out, and every entry's formula with the numbers in place.
 *
 *   ∂f/∂x = ∂f/∂q · ∂q/∂x
 */
import { EngineError } from './errors';
import { buildGraph, nameOperations, type FormulaGraph } from './expr-graph';
import { checkLeaf, checkLeafValues, LEAF_LIMIT } from './expr-leaves';
import { parseFormula } from './expr-parse';
import { buildStructure, gradientId, type ExprStructure } from './expr-structure';
import { substitutedTex, traceStructure, type ExprEntry, type ExprTrace } from './expr-trace';
import { formatTexNumber } from './format';
import { texOperand } from './template';

export { checkLeaf, gradientId, LEAF_LIMIT };

export const EXPRESSION_GRAPH_IDS = ['a+b', 'a*b', '(x+y)*z'] as const;
export type ExpressionGraphId = (typeof EXPRESSION_GRAPH_IDS)[number];

/** Each graph as a formula, its output's name and its intermediate values' names. */
const LESSON_GRAPHS: Readonly<
  Record<ExpressionGraphId, { formula: string; output: string; names: readonly string[] }>
> = {
  'a+b': { formula: 'a + b', output: 'c', names: [] },
  'a*b': { formula: 'a*b', output: 'c', names: [] },
  '(x+y)*z': { formula: '(x + y)*z', output: 'f', names: ['q'] },
};

export type ExpressionGraph = FormulaGraph & { readonly id: ExpressionGraphId };

export function isExpressionGraphId(id: unknown): id is ExpressionGraphId {
  return (EXPRESSION_GRAPH_IDS as readonly unknown[]).includes(id);
}

const structures = new Map<ExpressionGraphId, ExprStructure & { graph: ExpressionGraph }>();

function structureOf(id: ExpressionGraphId): ExprStructure & { graph: ExpressionGraph } {
  const known = structures.get(id);
  if (known) return known;
  const { formula, output, names } = LESSON_GRAPHS[id];
  const graph: ExpressionGraph = {
    ...buildGraph(nameOperations(parseFormula(formula), names), { output }),
    id,
  };
  const structure = { ...buildStructure(graph), graph };
  structures.set(id, structure);
  return structure;
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
  return structureOf(id).graph;
}

/** Every leaf present and valid, and no other names. */
export function checkLeaves(
  graph: ExpressionGraph,
  leaves: Readonly<Record<string, unknown>>,
): Record<string, number> {
  return checkLeafValues(graph.leaves, leaves, graph.id);
}

export interface ExpressionEntry extends ExprEntry {
  /** TeX, with the numbers in place */
  readonly substituted: string;
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

export interface ExpressionTrace extends ExprTrace {
  readonly graph: ExpressionGraph;
  readonly entries: readonly ExpressionEntry[];
  readonly edges: readonly ExpressionEdge[];
}

/**
 * The lesson graph's trace: forward (q = x + y, f = q·z), then backward from
 * ∂f/∂f = 1, each gradient its upstream gradient times a local one. Throws an
 * EngineError naming the first invalid leaf.
 */
export function computeExpressionTrace(
  graphId: string,
  leafValues: Readonly<Record<string, unknown>>,
): ExpressionTrace {
  expressionGraph(graphId);
  const structure = structureOf(graphId as ExpressionGraphId);
  const trace = traceStructure(structure, leafValues, graphId);
  const graph = structure.graph;
  const out = graph.output;
  const entries = trace.entries.map((e) => ({ ...e, substituted: substitutedTex(trace, e) }));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const number = (id: string) => texOperand(trace.quantities[id] ?? trace.values[id]!);
  const edges: ExpressionEdge[] = [
    { from: out, to: null, gradient: gradientId(out, out) },
    ...[...graph.operations]
      .reverse()
      .flatMap((op) =>
        op.inputs.map((from) => ({ from, to: op.id, gradient: gradientId(out, from) })),
      ),
  ].map((edge) => ({ ...edge, rule: edgeRule(edge, out, byId, number) }));
  return { ...trace, graph, entries, edges };
}

/**
 * The chain rule on one edge, as TeX: ∂f/∂x = ∂f/∂q (upstream) · ∂q/∂x (local),
 * = the numbers, = the value. The output's own edge has the seed ∂f/∂f = 1.
 */
function edgeRule(
  edge: Omit<ExpressionEdge, 'rule'>,
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
