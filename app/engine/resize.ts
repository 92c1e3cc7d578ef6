/**
 * Architecture edits — add or remove a neuron or a hidden layer — that keep every
 * value in its place.
 *
 * Values keep their place, not their name: weights are numbered layer by layer,
 * target by target, source by source, so a new neuron renumbers the weights after
 * it, but a weight keeps its value while the connection it sits on (its layer,
 * target and source position) still exists. Adding a third hidden neuron to the
 * article's network gives 2-3-2 where h1→o1 still carries 0.4, now named w7.
 * A learner who asks "what if I add a neuron?" then sees the effect of that neuron
 * alone, not of a whole new set of weights.
 */
import {
  checkArchitecture,
  MAX_HIDDEN_LAYERS,
  MAX_LAYER_SIZE,
  networkNames,
  type Architecture,
  type NetworkNames,
} from './architecture';
import { EngineError } from './errors';
import { defaultParams, modelNames, type Model } from './model';

export type ArchitectureChange =
  /** appends a neuron at the end of layer `layer` (0 = inputs … last = outputs) */
  | { readonly kind: 'add-neuron'; readonly layer: number }
  /** removes the last neuron of layer `layer` */
  | { readonly kind: 'remove-neuron'; readonly layer: number }
  /** a new hidden layer just before the outputs, as large as the last hidden layer */
  | { readonly kind: 'add-layer' }
  /** removes the last hidden layer */
  | { readonly kind: 'remove-layer' };

/** How a layer is named to a learner: the inputs, hidden layer 1 (nearest the inputs), the outputs. */
export function layerName(sizes: Architecture, layer: number): string {
  if (layer === 0) return 'the inputs';
  if (layer === sizes.length - 1) return 'the outputs';
  return `hidden layer ${layer}`;
}

/** "the outputs have", "hidden layer 2 has" */
function layerHas(sizes: Architecture, layer: number): string {
  const name = layerName(sizes, layer);
  return `${name} ${name.startsWith('the ') ? 'have' : 'has'}`;
}

/** Why the change is impossible ("A layer has at most 6 neurons; …"), or null when allowed. */
export function resizeRefusal(sizes: Architecture, change: ArchitectureChange): string | null {
  try {
    checkArchitecture(sizes);
  } catch (error) {
    return (error as EngineError).message;
  }
  const hidden = sizes.length - 2;
  switch (change.kind) {
    case 'add-neuron':
    case 'remove-neuron': {
      const { layer } = change;
      if (!Number.isInteger(layer) || layer < 0 || layer >= sizes.length) {
        return `There is no layer ${String(layer)}: this network's layers are 0 (the inputs) to ${sizes.length - 1} (the outputs).`;
      }
      const size = sizes[layer]!;
      if (change.kind === 'add-neuron' && size >= MAX_LAYER_SIZE) {
        return `A layer has at most ${MAX_LAYER_SIZE} neurons, and ${layerHas(sizes, layer)} ${size}.`;
      }
      if (change.kind === 'remove-neuron' && size <= 1) {
        return `A layer has at least 1 neuron, and ${layerHas(sizes, layer)} only ${size}.`;
      }
      return null;
    }
    case 'add-layer':
      return hidden >= MAX_HIDDEN_LAYERS
        ? `A network has at most ${MAX_HIDDEN_LAYERS} hidden layers, and this one has ${hidden}.`
        : null;
    case 'remove-layer':
      return hidden <= 1
        ? 'A network needs at least 1 hidden layer, and this one has only 1.'
        : null;
  }
}

/** The layer sizes after the change (which must be allowed). */
function resizedSizes(sizes: Architecture, change: ArchitectureChange): number[] {
  const next = [...sizes];
  const last = sizes.length - 1;
  switch (change.kind) {
    case 'add-neuron':
      next[change.layer]! += 1;
      return next;
    case 'remove-neuron':
      next[change.layer]! -= 1;
      return next;
    case 'add-layer':
      next.splice(last, 0, sizes[last - 1]!);
      return next;
    case 'remove-layer':
      next.splice(last - 1, 1);
      return next;
  }
}

/**
 * For each layer of the new network, the layer of the old one whose incoming
 * weights and bias it inherits (by target and source position), or null for a
 * new layer. The outputs always inherit the outputs': after add-layer their
 * incoming weights come from the new layer, as large as the one they came from;
 * after remove-layer, from the layer below the removed one, where the removed
 * layer's outgoing values stay wherever (target, source) still exists.
 */
function layerOrigins(sizes: Architecture, change: ArchitectureChange): (number | null)[] {
  const last = sizes.length - 1;
  const same = sizes.map((_, l) => l);
  if (change.kind === 'add-layer') return [...same.slice(0, last), null, last];
  if (change.kind === 'remove-layer') return [...same.slice(0, last - 1), last];
  return same;
}

/**
 * A small seeded generator (mulberry32): the same seed gives the same new
 * weights, so an edit replays exactly (undo/redo, tests).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform in ±0.5, rounded to 2 decimals so it prints cleanly (and never −0). */
const smallValue = (random: () => number) => Math.round((random() - 0.5) * 100) / 100 || 0;

/** The old weight on the same connection: same target and source position in the origin layer. */
function inheritedWeight(
  old: NetworkNames,
  origin: number | null,
  target: number,
  source: number,
): string | undefined {
  if (origin === null) return undefined;
  const sources = old.sizes[origin - 1]!;
  if (target >= old.sizes[origin]! || source >= sources) return undefined;
  return old.weights[old.weightOffsets[origin]! + target * sources + source]!.id;
}

/**
 * The model after the change, every value kept where its place still exists;
 * `fresh` lists the ids of the parameters it created (new weights and biases take
 * small random values from the seed; a new input or target the value the
 * article's pattern gives it, as defaultParams). Settings and the learning rate
 * stay. Throws an EngineError ('bad-architecture') when the change is refused.
 */
export function resizeModel(
  model: Model,
  change: ArchitectureChange,
  seed: number,
): { model: Model; fresh: readonly string[] } {
  const refusal = resizeRefusal(model.sizes, change);
  if (refusal !== null) throw new EngineError('bad-architecture', 'layers', refusal);
  const old = modelNames(model);
  const sizes = resizedSizes(model.sizes, change);
  const biasPer = model.settings.bias_per;
  const names = networkNames(sizes, biasPer);
  const origins = layerOrigins(model.sizes, change);
  const random = seededRandom(seed);
  const defaults = defaultParams(sizes, biasPer);
  const params: Record<string, number> = { lr: model.params.lr ?? defaults.lr! };
  const fresh: string[] = [];
  /** The old value of `from` for `id`, or a new value (recorded as fresh) when it had none. */
  const keep = (id: string, from: string | undefined, newValue: () => number) => {
    const value = from === undefined ? undefined : model.params[from];
    if (value !== undefined) params[id] = value;
    else {
      fresh.push(id);
      params[id] = newValue();
    }
  };
  const patterned = (id: string) => () => defaults[id]!;
  const small = () => smallValue(random);
  // Inputs and targets keep their position (only add/remove-neuron changes their number).
  names.inputs.forEach((id, k) => keep(id, old.inputs[k], patterned(id)));
  names.targets.forEach((id, k) => keep(id, old.targets[k], patterned(id)));
  for (const w of names.weights) {
    keep(w.id, inheritedWeight(old, origins[w.layer]!, w.target, w.source), small);
  }
  // A bias keeps its value by its neuron's place, as weights do; a bias the layer shares is
  // set from its first neuron (which every layer has), and its other neurons find it set.
  names.neuronBiases.forEach((ids, layer) => {
    const origin = origins[layer];
    ids.forEach((id, j) => {
      if (id in params) return;
      const from =
        origin === null || origin === undefined ? undefined : old.neuronBiases[origin]![j];
      keep(id, from, small);
    });
  });
  return { model: { sizes, params, settings: model.settings }, fresh };
}
