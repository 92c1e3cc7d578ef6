/**
 * Moving a network's biases between one per layer (the article's) and one per
 * neuron (`bias_per`), values kept where they can be.
 */
import { networkNames, type Architecture, type BiasPer } from './architecture';

/**
 * The parameters with their biases renamed from one bias mode to the other,
 * values kept where they can be: going to one bias per neuron, each neuron takes
 * its layer's bias; going back to one per layer, each layer takes its FIRST
 * neuron's bias (the others' values are dropped: one number must stand for
 * them all, and the first is the one a learner sees at the top of the layer).
 */
export function withBiasPer(
  params: Readonly<Record<string, number>>,
  sizes: Architecture,
  from: BiasPer,
  to: BiasPer,
): Readonly<Record<string, number>> {
  if (from === to) return params;
  const before = networkNames(sizes, from);
  const after = networkNames(sizes, to);
  const result: Record<string, number> = { ...params };
  for (const id of before.biasIds) delete result[id];
  after.neuronBiases.forEach((ids, layer) =>
    ids.forEach((id, j) => {
      // Set once per bias: a shared bias takes its first neuron's value.
      if (!(id in result)) result[id] = params[before.neuronBiases[layer]![j]!] ?? 0;
    }),
  );
  return result;
}
