import { weightEdge, type NetworkNames } from '../engine/architecture';
import { paramKind } from '../engine/model';

/** What a parameter connects, in a few words: 'h1 → o1', 'target of o1', '→ h1, h2'. */
export function paramHint(names: NetworkNames, id: string): string {
  const kind = paramKind(id);
  if (kind === 'weight') {
    const edge = weightEdge(names, id);
    return edge ? `${edge.from} → ${edge.to}` : '';
  }
  if (kind === 'target') {
    const index = names.targets.indexOf(id);
    return `target of ${names.neurons[names.sizes.length - 1]?.[index] ?? '?'}`;
  }
  if (kind === 'bias') {
    // The neurons it feeds: a layer's (b1 → h1, h2), or its own neuron's (b_h1 → h1).
    const fed = names.neurons.flatMap((layer, l) =>
      layer.filter((_, k) => names.neuronBiases[l]?.[k] === id),
    );
    return `→ ${fed.join(', ')}`;
  }
  if (kind === 'input') return 'input';
  return 'learning rate';
}
