/**
 * How the diagram's parts relate to the trace: which step a click on a part
 * shows, which quantities a hovered part lights, which parts a step lights, and
 * what a part is called for a screen reader. Pure, from the names and the trace.
 */
import type { NetworkNames } from '../engine/architecture';
import type { Trace } from '../engine/trace';
import { entrySubject } from '../formulas/entry-subject';

/** The output neuron a target belongs to: t1 → o1. */
function outputOf(names: NetworkNames, target: string): string | undefined {
  const index = names.targets.indexOf(target);
  return names.neurons[names.sizes.length - 1]?.[index];
}

/** The layer a bias feeds: b1 → 1. */
function biasLayer(names: NetworkNames, bias: string): number {
  return names.biases.indexOf(bias);
}

/**
 * The step a click on a part of the diagram goes to — where that part's own
 * number is worked out:
 * - a weight w5 or bias b1 (or a bias edge): its gradient, dE_dw5, dE_db1;
 * - a neuron h1 or o1: its output, out_h1;
 * - a target t1 (or the line from o1 to t1): that output's error, E_o1;
 * - an input i1: the first net input that uses it, net_h1.
 */
export function jumpTarget(names: NetworkNames, trace: Trace, element: string): string | undefined {
  const [from, to] = element.split('>');
  if (to !== undefined && from !== undefined) {
    return names.targets.includes(to)
      ? jumpTarget(names, trace, to)
      : jumpTarget(names, trace, from);
  }
  let id: string | undefined;
  if (names.weights.some((w) => w.id === element) || names.biases.includes(element)) {
    id = element === '' ? undefined : `dE_d${element}`;
  } else if (names.targets.includes(element)) {
    id = `E_${outputOf(names, element) ?? ''}`;
  } else if (names.inputs.includes(element)) {
    id = trace.entries.find((e) => e.deps.includes(element))?.id;
  } else if (names.neurons.some((layer) => layer.includes(element))) {
    id = `out_${element}`;
  }
  return id !== undefined && id in trace.quantities ? id : undefined;
}

/**
 * The quantities a part of the diagram takes part in, for lighting them where
 * they are shown when the part is hovered or focused: those whose formula uses it
 * (net_o1, dE_dout_h1_via_o1 and w5_new use w5), those about it as a parameter
 * (dnet_o1_dw5, dE_dw5, w5_new), and, for a neuron, those about that neuron or
 * along a path through it (entry-subject.ts).
 */
export function elementQuantities(trace: Trace, element: string): string[] {
  const [from, to] = element.split('>');
  if (to !== undefined && from !== undefined) {
    const a = new Set(elementQuantities(trace, from));
    return elementQuantities(trace, to).filter((id) => a.has(id));
  }
  return trace.entries
    .filter((e) => {
      if (e.deps.includes(element)) return true;
      const { neuron, via, parameter } = entrySubject(e);
      return parameter === element || neuron === element || via === element;
    })
    .map((e) => e.id);
}

/**
 * Whether an edge is among lit parts: a weight edge when its weight is; a bias
 * edge or an output's line to its target when both its ends are.
 */
export function edgeLit(
  edge: {
    readonly kind: string;
    readonly id: string;
    readonly source: string;
    readonly target: string;
  },
  lit: ReadonlySet<string>,
): boolean {
  if (edge.kind === 'weight') return lit.has(edge.id);
  return lit.has(edge.source) && lit.has(edge.target);
}

/** Words for a part, beginning with its id: 'w5, weight from h1 to o1'. */
export function describeElement(names: NetworkNames, element: string): string {
  const weight = names.weights.find((w) => w.id === element);
  if (weight) {
    const source = names.neurons[weight.layer - 1]?.[weight.source] ?? '?';
    const target = names.neurons[weight.layer]?.[weight.target] ?? '?';
    return `${element}, weight from ${source} to ${target}`;
  }
  if (names.inputs.includes(element)) return `${element}, input`;
  if (names.targets.includes(element)) {
    return `${element}, target of ${outputOf(names, element) ?? '?'}`;
  }
  if (element !== '' && names.biases.includes(element)) {
    const into = names.neurons[biasLayer(names, element)] ?? [];
    return `${element}, bias into ${listed(into)}`;
  }
  const layer = names.neurons.findIndex((nodes) => nodes.includes(element));
  if (layer === names.sizes.length - 1) return `${element}, output neuron`;
  if (layer > 0) return `${element}, hidden neuron`;
  return element;
}

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}
