/**
 * The templates of an operation's value and of its local derivatives: TeX with
 * each value it uses marked @[id] (template.ts), a constant written as itself.
 */
import { FUNCTIONS, type FunctionName } from './expr-ast';
import type { FormulaGraph, GraphNode } from './expr-graph';
import { ref } from './template';

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
