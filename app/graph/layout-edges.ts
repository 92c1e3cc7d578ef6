/**
 * The edges of the diagram, whatever the orientation: one per weight, one from
 * each bias to each neuron it feeds, and one from each output to its target,
 * each trimmed to the circles' rims.
 */
import type { NetworkNames } from '../engine/architecture';
import { weightEdgeName } from '../formulas/weight-edge-name';
import type { EdgeKind, GraphEdgeLayout, GraphNodeLayout } from './layout-types';

export function connectEdges(
  names: NetworkNames,
  nodes: readonly GraphNodeLayout[],
): GraphEdgeLayout[] {
  const L = names.sizes.length - 1;
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdgeLayout[] = [];
  const connect = (
    id: string,
    kind: EdgeKind,
    source: string,
    target: string,
    param?: string,
    edgeName = '',
  ) => {
    const a = at.get(source)!;
    const b = at.get(target)!;
    const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const ux = (b.x - a.x) / length;
    const uy = (b.y - a.y) / length;
    edges.push({
      id,
      kind,
      source,
      target,
      ...(param !== undefined ? { param } : {}),
      ...(edgeName !== '' ? { edgeName } : {}),
      x1: a.x + ux * a.r,
      y1: a.y + uy * a.r,
      x2: b.x - ux * b.r,
      y2: b.y - uy * b.r,
    });
  };
  for (const w of names.weights) {
    const source = names.neurons[w.layer - 1]![w.source]!;
    const target = names.neurons[w.layer]![w.target]!;
    connect(w.id, 'weight', source, target, w.id, weightEdgeName(names, w.id));
  }
  names.biases.forEach((bias, layer) => {
    if (!bias) return;
    for (const target of names.neurons[layer]!)
      connect(`${bias}>${target}`, 'bias', bias, target, bias);
  });
  names.targets.forEach((t, index) => {
    const output = names.neurons[L]![index]!;
    connect(`${output}>${t}`, 'target', output, t);
  });
  return edges;
}
