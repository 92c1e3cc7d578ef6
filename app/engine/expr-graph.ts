/**
 * A formula tree as a computational graph: one node per variable (however often
 * it is used: a reused variable is one node with several outgoing edges), one per
 * number, one per operation, the operations in the order they are computed
 * (a topological order), the last one the output f.
 */
import { FormulaError, parseFormula } from './expr-parse';
import { FUNCTIONS, type BinaryOperator, type Expr, type FunctionName } from './expr-ast';
import { formulaTex, nameTex, printFormula } from './expr-print';

/** The most nodes a graph may have: beyond that no one can read it. */
export const MAX_NODES = 200;

export type Operation = BinaryOperator | 'neg' | FunctionName;

export interface GraphNode {
  /** 'x' for a variable, 'v3' or 'f' for an operation, '#2' for a number (never a quantity) */
  readonly id: string;
  readonly kind: 'leaf' | 'constant' | 'operation';
  readonly op: Operation | null;
  /** the operation's inputs, by id, in order (the same id twice for x·x) */
  readonly inputs: readonly string[];
  /** a constant's value */
  readonly value: number | null;
  /** TeX of the node's name (x, w_{0}, v_{3}, f) or a constant's number */
  readonly symbol: string;
  /** its label in a drawing: x, 2, +, ×, σ */
  readonly label: string;
  /** where it was written, counted from 0 */
  readonly at: number;
}

export interface GraphEdge {
  /** 'x>v1', or 'x>v1:2' for the second of two edges between the same nodes (x·x) */
  readonly key: string;
  readonly from: string;
  readonly to: string;
  /** which input of `to` it is: 0 or 1 */
  readonly slot: number;
}

export interface FormulaGraph {
  /** the formula as written back from its tree: "(x + y)*z" */
  readonly formula: string;
  readonly tex: string;
  /** variables, in the order they first appear */
  readonly leaves: readonly string[];
  readonly constants: readonly GraphNode[];
  /** in the order they are computed; the last is the output */
  readonly operations: readonly GraphNode[];
  readonly output: string;
  readonly nodes: ReadonlyMap<string, GraphNode>;
  /** every edge, in the order of the operations that take them */
  readonly edges: readonly GraphEdge[];
  /** node id → the edges leaving it (its uses) */
  readonly uses: ReadonlyMap<string, readonly GraphEdge[]>;
}

export interface GraphNames {
  /** the output's name (default f) */
  readonly output?: string;
}

const OPERATOR_LABELS: Readonly<Record<BinaryOperator | 'neg', string>> = {
  '+': '+',
  '-': '−',
  '*': '×',
  '/': '÷',
  '^': '^',
  neg: '−',
};

export const operationLabel = (op: Operation): string =>
  op in OPERATOR_LABELS
    ? OPERATOR_LABELS[op as BinaryOperator | 'neg']
    : FUNCTIONS[op as FunctionName].label;

/** Candidates for the intermediate values' letter: v₁, v₂, … unless a variable is called v1. */
const PREFIXES = ['v', 'u', 'n', 'm', 'k', 'g', 'p', 'r', 's'];

/** Whether `name` is `prefix` and digits (v12 for v), as the graph's own names are. */
function isNumbered(name: string, prefix: string): boolean {
  return name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length));
}

/** The graph of a formula given as text; a FormulaError names the first problem. */
export function formulaGraph(formula: string, names: GraphNames = {}): FormulaGraph {
  return buildGraph(parseFormula(formula), names);
}

/** The graph of a tree. Operations named in the tree (`id`) keep their names. */
export function buildGraph(root: Expr, names: GraphNames = {}): FormulaGraph {
  const output = root.id ?? names.output ?? 'f';
  if (root.kind === 'variable' || root.kind === 'number') {
    throw new FormulaError(
      'bad-formula',
      'a formula needs at least one operation or function: with nothing to compute there is no graph (try x*1)',
    );
  }
  const variables = new Map<string, number>();
  const given = new Set<string>([output]);
  collect(root, variables, given);
  const clash = [...variables].find(([name]) => given.has(name));
  if (clash) {
    const [name, at] = clash;
    throw new FormulaError(
      'bad-formula',
      `'${name}' at ${at + 1} is the name of ${name === output ? 'the output' : 'a value of the graph'}; call the variable something else`,
      at + 1,
    );
  }
  const taken = [...variables.keys(), ...given];
  const prefix = PREFIXES.find((p) => !taken.some((name) => isNumbered(name, p))) ?? 'node';

  const nodes = new Map<string, GraphNode>();
  const operations: GraphNode[] = [];
  const constants: GraphNode[] = [];
  let unnamed = 0;
  let constantCount = 0;

  const add = (expr: Expr): string => {
    switch (expr.kind) {
      case 'variable':
        if (!nodes.has(expr.name)) {
          nodes.set(expr.name, {
            id: expr.name,
            kind: 'leaf',
            op: null,
            inputs: [],
            value: null,
            symbol: nameTex(expr.name),
            label: expr.name,
            at: expr.at,
          });
        }
        return expr.name;
      case 'number': {
        const id = `#${++constantCount}`;
        const node: GraphNode = {
          id,
          kind: 'constant',
          op: null,
          inputs: [],
          value: expr.value,
          symbol: String(expr.value),
          label: String(expr.value),
          at: expr.at,
        };
        nodes.set(id, node);
        constants.push(node);
        return id;
      }
      default: {
        const [op, children]: [Operation, Expr[]] =
          expr.kind === 'negate'
            ? ['neg', [expr.operand]]
            : expr.kind === 'call'
              ? [expr.fn, [expr.argument]]
              : [expr.op, [expr.left, expr.right]];
        const inputs = children.map(add);
        const id = expr === root ? output : (expr.id ?? `${prefix}${++unnamed}`);
        const node: GraphNode = {
          id,
          kind: 'operation',
          op,
          inputs,
          value: null,
          symbol: nameTex(id),
          label: operationLabel(op),
          at: expr.at,
        };
        nodes.set(id, node);
        operations.push(node);
        return id;
      }
    }
  };
  add(root);
  if (nodes.size > MAX_NODES) {
    throw new FormulaError(
      'too-large',
      `the formula makes ${nodes.size} nodes; the limit is ${MAX_NODES}`,
    );
  }

  const edges: GraphEdge[] = [];
  const uses = new Map<string, GraphEdge[]>();
  for (const op of operations) {
    // (A unary operation's second input is undefined, never its first.)
    const twice = op.inputs[0] === op.inputs[1];
    op.inputs.forEach((from, slot) => {
      const edge = { key: `${from}>${op.id}${twice ? `:${slot + 1}` : ''}`, from, to: op.id, slot };
      edges.push(edge);
      const used = uses.get(from);
      if (used) used.push(edge);
      else uses.set(from, [edge]);
    });
  }
  return {
    formula: printFormula(root),
    tex: formulaTex(root),
    leaves: [...variables.keys()],
    constants,
    operations,
    output,
    nodes,
    edges,
    uses,
  };
}

/** Variables by first position, and the names the tree gives its operations (which must be unique). */
function collect(expr: Expr, variables: Map<string, number>, given: Set<string>): void {
  if (expr.kind === 'variable') {
    if (!variables.has(expr.name)) variables.set(expr.name, expr.at);
    return;
  }
  if (expr.id !== undefined) {
    if (given.has(expr.id)) {
      throw new FormulaError('bad-formula', `two values of the graph are both called '${expr.id}'`);
    }
    given.add(expr.id);
  }
  if (expr.kind === 'negate') collect(expr.operand, variables, given);
  else if (expr.kind === 'call') collect(expr.argument, variables, given);
  else if (expr.kind === 'binary') {
    collect(expr.left, variables, given);
    collect(expr.right, variables, given);
  }
}

/**
 * The tree with its first operations (in the order they are computed) named:
 * a lesson calls x + y "q" rather than v₁. Names must not be variables' names.
 */
export function nameOperations(root: Expr, ids: readonly string[]): Expr {
  let next = 0;
  const visit = (expr: Expr): Expr => {
    switch (expr.kind) {
      case 'number':
      case 'variable':
        return expr;
      case 'negate': {
        const operand = visit(expr.operand);
        return name({ ...expr, operand });
      }
      case 'call': {
        const argument = visit(expr.argument);
        return name({ ...expr, argument });
      }
      case 'binary': {
        const left = visit(expr.left);
        const right = visit(expr.right);
        return name({ ...expr, left, right });
      }
    }
  };
  const name = (expr: Expr): Expr => {
    const id = ids[next++];
    return id === undefined ? expr : { ...expr, id };
  };
  return visit(root);
}
