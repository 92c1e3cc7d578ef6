/**
 * The trace of a formula for given leaf values, in the spirit of the network's
 * (trace.ts): every value and every gradient an entry with its symbol, formula
 * template and factors. Reverse mode: one forward pass computes every value, one
 * backward pass from ∂f/∂f = 1 every gradient at once. Nothing here returns NaN
 * or ∞: a value outside a function's domain, or one past float64, is refused
 * with the operation and the character it was written at.
 */
import { FUNCTIONS, type FunctionName } from './expr-ast';
import { formulaGraph, type FormulaGraph, type GraphEdge, type GraphNode } from './expr-graph';
import { checkLeafValues } from './expr-leaves';
import { FormulaError } from './expr-parse';
import { buildStructure, type EntryShape, type ExprStructure } from './expr-structure';
import { formatNumber } from './format';
import { fillTemplate, texOperand } from './template';

export interface ExprEntry extends EntryShape {
  readonly value: number;
}

/** How much work a way of differentiating did: passes over the graph, and arithmetic operations. */
export interface Cost {
  readonly passes: number;
  /** each value, local derivative, product and addition counted once */
  readonly operations: number;
}

export interface ExprTrace {
  readonly structure: ExprStructure;
  readonly graph: FormulaGraph;
  readonly leaves: Readonly<Record<string, number>>;
  /** every node's value by id: leaves, constants ('#1') and operations */
  readonly values: Readonly<Record<string, number>>;
  readonly entries: readonly ExprEntry[];
  /** id → value of every entry */
  readonly quantities: Readonly<Record<string, number>>;
  /** ∂f/∂leaf, for every leaf */
  readonly gradients: Readonly<Record<string, number>>;
  /** reverse mode: one forward and one backward pass */
  readonly cost: Cost;
}

/**
 * How an operation is named in a refusal: "the '/' at 4", "the log at 1". (Unary minus is
 * never refused: −a is as finite as a, and its slope is −1.)
 */
function where(node: GraphNode): string {
  const name = node.op!;
  const shown = name.length === 1 ? `'${name}'` : name;
  return `the ${shown} at ${node.at + 1}`;
}

const refuse = (node: GraphNode, message: string, code: 'domain' | 'overflow' = 'domain') =>
  new FormulaError(code, message, node.at + 1);

/** v = op(a, b), or a refusal saying why it has no finite value. */
export function operationValue(node: GraphNode, a: number, b: number): number {
  let value: number;
  switch (node.op) {
    case '+':
      value = a + b;
      break;
    case '-':
      value = a - b;
      break;
    case '*':
      value = a * b;
      break;
    case '/':
      if (b === 0) throw refuse(node, `division by zero: the denominator of ${where(node)} is 0`);
      value = a / b;
      break;
    case '^':
      value = a ** b;
      if (Number.isNaN(value)) {
        throw refuse(
          node,
          `a negative base needs a whole-number exponent: ${where(node)} has ${formatNumber(a)} to the power ${formatNumber(b)}`,
        );
      }
      break;
    case 'neg':
      value = -a;
      break;
    default: {
      const fn = FUNCTIONS[node.op as FunctionName];
      const reason = fn.refuse(a);
      if (reason !== null) throw refuse(node, `${reason}; ${where(node)} gets ${formatNumber(a)}`);
      value = fn.f(a);
    }
  }
  if (!Number.isFinite(value)) {
    throw refuse(node, `${where(node)} gives a number too large for float64`, 'overflow');
  }
  return value;
}

/** ∂v/∂(input `slot`) for v = op(a, b), or a refusal where it is not finite. */
export function localDerivative(
  node: GraphNode,
  slot: number,
  a: number,
  b: number,
  v: number,
): number {
  let local: number;
  switch (node.op) {
    case '+':
      return 1;
    case '-':
      return slot === 0 ? 1 : -1;
    case '*':
      return slot === 0 ? b : a;
    case '/':
      return slot === 0 ? 1 / b : -a / (b * b);
    case '^':
      if (slot === 1) {
        if (a <= 0) {
          throw refuse(
            node,
            `the gradient with respect to an exponent needs ln of the base, so the base must be positive: ${where(node)} has base ${formatNumber(a)}`,
          );
        }
        local = v * Math.log(a);
      } else local = b * a ** (b - 1);
      break;
    case 'neg':
      return -1;
    default:
      local = FUNCTIONS[node.op as FunctionName].df(a, v);
  }
  if (!Number.isFinite(local)) {
    throw refuse(node, `the slope of ${where(node)} is not finite at ${formatNumber(a)}`);
  }
  return local;
}

/** Every node's value, leaves and constants included, computing the operations in order. */
export function forwardValues(
  graph: FormulaGraph,
  leaves: Readonly<Record<string, number>>,
  count?: { operations: number },
): Record<string, number> {
  const values: Record<string, number> = { ...leaves };
  for (const node of graph.constants) values[node.id] = node.value!;
  for (const node of graph.operations) {
    // A unary operation has no second input, and reads none.
    const [a, b = 0] = node.inputs.map((id) => values[id]!);
    values[node.id] = operationValue(node, a!, b);
    if (count) count.operations++;
  }
  return values;
}

/** The local derivative along one edge, at these values. */
export function edgeDerivative(
  graph: FormulaGraph,
  edge: GraphEdge,
  values: Readonly<Record<string, number>>,
): number {
  const node = graph.nodes.get(edge.to)!;
  const [a, b = 0] = node.inputs.map((id) => values[id]!);
  return localDerivative(node, edge.slot, a!, b, values[node.id]!);
}

/**
 * The trace for these leaf values. Throws an EngineError naming the first
 * leaf that is missing or invalid, or the operation that has no finite value.
 */
export function traceStructure(
  structure: ExprStructure,
  leafValues: Readonly<Record<string, unknown>>,
  graphName: string = structure.graph.formula,
): ExprTrace {
  const { graph } = structure;
  const leaves = checkLeafValues(graph.leaves, leafValues, graphName);
  const count = { operations: 0 };
  const values = forwardValues(graph, leaves, count);
  const numbers = new Float64Array(structure.entries.length);
  structure.entries.forEach((shape, k) => {
    const compute = shape.compute;
    let value: number;
    switch (compute.type) {
      case 'value':
        value = values[compute.node]!;
        break;
      case 'seed':
        value = 1;
        break;
      case 'local':
        value = edgeDerivative(graph, compute.edge, values);
        count.operations++;
        break;
      case 'product':
        value = numbers[compute.of[0]]! * numbers[compute.of[1]]!;
        count.operations++;
        break;
      case 'sum':
        value = compute.of.reduce((total, i) => total + numbers[i]!, 0);
        count.operations += compute.of.length - 1;
        break;
    }
    if (!Number.isFinite(value)) {
      throw new FormulaError(
        'overflow',
        `the gradient ${shape.id} grows past what float64 can hold at these values`,
      );
    }
    numbers[k] = value;
  });
  const quantities: Record<string, number> = {};
  structure.entries.forEach((shape, k) => {
    quantities[shape.id] = numbers[k]!;
  });
  const gradients: Record<string, number> = {};
  for (const leaf of graph.leaves) gradients[leaf] = quantities[`d${graph.output}_d${leaf}`]!;
  return new TracedFormula(structure, leaves, values, numbers, quantities, gradients, {
    passes: 2,
    operations: count.operations,
  });
}

/**
 * A trace whose entries, each shape with its value, are written out when first
 * read (the command line, the lessons' graphs): the playground reads the
 * structure's entries and `quantities`, and a drag would otherwise copy a
 * thousand entries and every formula's TeX on each move. A class, so the getter
 * is one on its prototype: a getter in an object literal made each trace its own
 * hidden class and cost more than the whole trace.
 */
class TracedFormula implements ExprTrace {
  readonly graph: FormulaGraph;
  readonly #numbers: Float64Array;
  #entries: readonly ExprEntry[] | undefined;

  constructor(
    readonly structure: ExprStructure,
    readonly leaves: Readonly<Record<string, number>>,
    readonly values: Readonly<Record<string, number>>,
    numbers: Float64Array,
    readonly quantities: Readonly<Record<string, number>>,
    readonly gradients: Readonly<Record<string, number>>,
    readonly cost: Cost,
  ) {
    this.graph = structure.graph;
    this.#numbers = numbers;
  }

  get entries(): readonly ExprEntry[] {
    return (this.#entries ??= this.structure.entries.map((shape, k) =>
      entryWithValue(shape, this.#numbers[k]!),
    ));
  }
}

/** A shape and its value as one plain entry, field by field (a spread of the shape copies no getter). */
function entryWithValue(shape: EntryShape, value: number): ExprEntry {
  return {
    id: shape.id,
    phase: shape.phase,
    kind: shape.kind,
    node: shape.node,
    edge: shape.edge,
    symbol: shape.symbol,
    template: shape.template,
    formula: shape.formula,
    factors: shape.factors,
    deps: shape.deps,
    touches: shape.touches,
    compute: shape.compute,
    value,
  };
}

/** Parse, build and trace in one call (the CLI, tests, the benchmark). */
export function traceFormula(
  formula: string,
  leafValues: Readonly<Record<string, unknown>>,
): ExprTrace {
  return traceStructure(buildStructure(formulaGraph(formula)), leafValues);
}

/** The value of an entry's mark, or of a leaf's or a node's: what a template's numbers read. */
export function markValue(trace: ExprTrace, id: string): number {
  return trace.quantities[id] ?? trace.values[id]!;
}

/** An entry's formula with the numbers in place, as TeX (computed on demand: a drag needs none). */
export function substitutedTex(
  trace: ExprTrace,
  entry: Pick<EntryShape, 'template'>,
  digits?: number,
): string {
  return fillTemplate(entry.template, (id) => texOperand(markValue(trace, id), digits));
}
