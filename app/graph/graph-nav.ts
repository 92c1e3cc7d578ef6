/**
 * Moving around the network diagram with the arrow keys. Pure: from the
 * network's names to a map of columns, and from a key to the next element.
 *
 * The diagram reads as columns across the layers: the inputs; the weights into
 * the first hidden layer, then that layer's bias; the hidden neurons; … the
 * outputs; the targets. Keys follow the drawing's orientation:
 * - across the layers (→/← when the layers run left to right, ↓/↑ when they are
 *   stacked on a phone) follows the network's connections: from a neuron to its
 *   first outgoing weight, from a weight to the neuron it feeds; backwards, from a
 *   neuron to its first incoming weight, from a weight to the neuron it comes from;
 * - along a column (↓/↑, or →/← on a phone) to the next or previous element in it;
 * - Home and End to the first and the last element.
 *
 * Elements are keyed 'node:h1' (a circle: neuron, input, bias, target) and
 * 'param:w5' (a value control: a weight, or the value of an input, bias or target).
 */
import type { NetworkNames } from '../engine/architecture';

export interface NavColumn {
  /** for the column's group: 'Hidden layer' */
  readonly label: string;
  readonly items: readonly string[];
}

export interface NavMap {
  readonly columns: readonly NavColumn[];
  /** every element: its column and its place in it */
  readonly place: ReadonlyMap<string, { readonly column: number; readonly row: number }>;
  /** preferred targets across the layers, forwards and backwards */
  readonly forward: ReadonlyMap<string, string>;
  readonly backward: ReadonlyMap<string, string>;
}

export type NavMove =
  'next-layer' | 'previous-layer' | 'next-in-column' | 'previous-in-column' | 'first' | 'last';

export const nodeKey = (id: string) => `node:${id}`;
export const paramKey = (id: string) => `param:${id}`;

function layerName(names: NetworkNames, layer: number): string {
  const last = names.sizes.length - 1;
  if (layer === last) return 'output layer';
  return last > 2 ? `hidden layer ${layer}` : 'hidden layer';
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The columns and links of a network's diagram. `params`: whether the value
 * controls take the focus (not when the diagram is locked against editing).
 */
export function navMap(names: NetworkNames, params: boolean): NavMap {
  const L = names.sizes.length - 1;
  const withValue = (id: string) => (params ? [nodeKey(id), paramKey(id)] : [nodeKey(id)]);
  const columns: NavColumn[] = [{ label: 'Inputs', items: names.inputs.flatMap(withValue) }];
  for (let layer = 1; layer <= L; layer++) {
    const weights = params
      ? names.weights.filter((w) => w.layer === layer).map((w) => paramKey(w.id))
      : [];
    const bias = names.biases[layer];
    const into = layerName(names, layer);
    columns.push({
      label: `Weights ${bias ? 'and bias ' : ''}into the ${into}`,
      items: [...weights, ...(bias ? withValue(bias) : [])],
    });
    columns.push({ label: capital(into), items: (names.neurons[layer] ?? []).map(nodeKey) });
  }
  columns.push({ label: 'Targets', items: names.targets.flatMap(withValue) });

  const place = new Map<string, { column: number; row: number }>();
  columns.forEach((c, column) => c.items.forEach((key, row) => place.set(key, { column, row })));

  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const link = (map: Map<string, string>, from: string, to: string | undefined) => {
    if (to !== undefined && place.has(from) && place.has(to) && !map.has(from)) map.set(from, to);
  };
  for (const w of names.weights) {
    const source = names.neurons[w.layer - 1]?.[w.source];
    const target = names.neurons[w.layer]?.[w.target];
    if (source === undefined || target === undefined) continue;
    const key = paramKey(w.id);
    link(forward, key, nodeKey(target));
    link(backward, key, nodeKey(source));
    // Weights are in id order, so the first one met is the neuron's first.
    for (const from of [nodeKey(source), paramKey(source)]) link(forward, from, key);
    link(backward, nodeKey(target), key);
  }
  names.biases.forEach((bias, layer) => {
    if (!bias) return;
    for (const from of [nodeKey(bias), paramKey(bias)]) {
      link(forward, from, nodeKey(names.neurons[layer]?.[0] ?? ''));
      link(backward, from, nodeKey(names.neurons[layer - 1]?.[0] ?? ''));
    }
  });
  names.targets.forEach((target, k) => {
    const output = nodeKey(names.neurons[L]?.[k] ?? '');
    link(forward, output, nodeKey(target));
    for (const from of [nodeKey(target), paramKey(target)]) link(backward, from, output);
  });
  return { columns, place, forward, backward };
}

/** The element a move leads to from `current` (itself when there is nowhere to go). */
export function navigate(map: NavMap, current: string, move: NavMove): string {
  const all = map.columns.flatMap((c) => c.items);
  if (move === 'first') return all[0] ?? current;
  if (move === 'last') return all[all.length - 1] ?? current;
  const at = map.place.get(current);
  if (!at) return all[0] ?? current;
  const column = map.columns[at.column]!;
  if (move === 'next-in-column' || move === 'previous-in-column') {
    return column.items[at.row + (move === 'next-in-column' ? 1 : -1)] ?? current;
  }
  const linked = (move === 'next-layer' ? map.forward : map.backward).get(current);
  if (linked !== undefined) return linked;
  // Nothing connected that way (a locked diagram shows no weights): the neighbouring
  // column, at the same height as far as it goes.
  const step = move === 'next-layer' ? 1 : -1;
  for (let c = at.column + step; c >= 0 && c < map.columns.length; c += step) {
    const items = map.columns[c]!.items;
    if (items.length > 0) return items[Math.min(at.row, items.length - 1)]!;
  }
  return current;
}

/** The move a key asks for, in a drawing whose layers run left to right or top to bottom. */
export function moveForKey(key: string, orientation: 'landscape' | 'portrait'): NavMove | null {
  const across = orientation === 'landscape';
  switch (key) {
    case 'ArrowRight':
      return across ? 'next-layer' : 'next-in-column';
    case 'ArrowLeft':
      return across ? 'previous-layer' : 'previous-in-column';
    case 'ArrowDown':
      return across ? 'next-in-column' : 'next-layer';
    case 'ArrowUp':
      return across ? 'previous-in-column' : 'previous-layer';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export interface KeyHelp {
  /** as shown in the help overlay */
  readonly keys: string;
  readonly description: string;
}

/** The diagram's keys, for the help overlay: what useGraphKeys and the parts do. */
export const DIAGRAM_KEYS: readonly KeyHelp[] = [
  {
    keys: 'Tab',
    description: 'Into the diagram, at the part last visited (it is one stop), and on out of it',
  },
  {
    keys: '→ ←',
    description:
      'Across the layers, along the connections: from a neuron to its first outgoing weight, from a weight to the neuron it feeds (↓ ↑ on a phone, where the layers are stacked)',
  },
  {
    keys: '↓ ↑',
    description:
      'Within a layer: the next or previous neuron; among weights, the next or previous weight, then the bias (→ ← on a phone)',
  },
  { keys: 'Home, End', description: 'The first or the last part of the diagram' },
  { keys: 'Enter or Space', description: 'On a neuron, input, bias or target: show its step' },
  {
    keys: 'Enter, Space or F2',
    description:
      'On a value (a weight, or an input’s, bias’s or target’s value): open its editor, where ↑ ↓ change the value (Shift: ×10); Enter puts it in force, Escape cancels',
  },
  { keys: 'Page Up, Page Down', description: 'On a value: nudge it by 0.01 (Shift: 0.1)' },
  { keys: 'Escape', description: 'Leave the diagram' },
];
