/**
 * The shape of a small dense network and the names of its parts.
 *
 * Layer sizes run from the inputs to the outputs: [2, 2, 2] is the article's
 * network. Biases come one per non-input layer, shared by its neurons, as in the
 * article (b1 feeds h1 and h2, b2 feeds o1 and o2), or one per neuron
 * (`bias_per = neuron`: b_h1, b_h2, b_o1, b_o2).
 *
 * Names follow the article and extend it in the same pattern:
 * - neurons: inputs i1…, outputs o1…, hidden h1… (with several hidden layers,
 *   h1_1, h1_2, … for layer 1, h2_1, … for layer 2);
 * - weights are numbered layer by layer, target neuron by target neuron, source by
 *   source: w1 = i1→h1, w2 = i2→h1, w3 = i1→h2, …, w5 = h1→o1, w6 = h2→o1, …;
 * - biases b1 (first hidden layer), b2, …, or b_<neuron> (b_h1, b_h2_1, b_o1) when
 *   each neuron has its own; targets t1… (one per output).
 */
import { EngineError } from './errors';

export type Architecture = readonly number[];

export const ARTICLE_ARCHITECTURE: Architecture = [2, 2, 2];
export const MAX_HIDDEN_LAYERS = 3;
export const MAX_LAYER_SIZE = 6;

/** One bias per non-input layer (the article's), or one per non-input neuron. */
export const BIAS_PER = ['layer', 'neuron'] as const;
export type BiasPer = (typeof BIAS_PER)[number];

export interface WeightRef {
  readonly id: string; // 'w5'
  readonly layer: number; // index of the target layer (1 … L)
  readonly target: number; // neuron index within the target layer
  readonly source: number; // neuron index within layer − 1
  readonly index: number; // position in the flat weight array
}

export interface NetworkNames {
  readonly sizes: Architecture;
  /** neuron names per layer: [['i1','i2'], ['h1','h2'], ['o1','o2']] */
  readonly neurons: readonly (readonly string[])[];
  /** weights in flat order (w1 first) */
  readonly weights: readonly WeightRef[];
  /** flat offset of each layer's weights (entry 0 unused) */
  readonly weightOffsets: readonly number[];
  readonly biasPer: BiasPer;
  /**
   * the bias each layer shares, by layer: ['', 'b1', 'b2']. '' for the input
   * layer, and for every layer when each neuron has its own bias (see neuronBiases).
   */
  readonly biases: readonly string[];
  /** every bias parameter, in display order: b1, b2 or b_h1, b_h2, b_o1, b_o2 */
  readonly biasIds: readonly string[];
  /** per layer, per neuron: the bias that feeds it ([[], ['b1', 'b1'], ['b2', 'b2']]) */
  readonly neuronBiases: readonly (readonly string[])[];
  /**
   * the bias at each slot of the numerical core's bias array. Slot 0 is unused
   * (''), so that with one bias per layer slot l holds layer l's bias.
   */
  readonly biasSlots: readonly string[];
  /** per layer, per neuron: the slot of the bias that feeds it (layer 0: none) */
  readonly neuronBiasSlots: readonly (readonly number[])[];
  readonly inputs: readonly string[];
  readonly targets: readonly string[];
}

export function checkArchitecture(sizes: Architecture): void {
  const hidden = sizes.length - 2;
  if (hidden < 1 || hidden > MAX_HIDDEN_LAYERS) {
    throw new EngineError(
      'bad-architecture',
      'layers',
      `A network needs 1 to ${MAX_HIDDEN_LAYERS} hidden layers; got ${Math.max(hidden, 0)}.`,
    );
  }
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 1 || size > MAX_LAYER_SIZE) {
      throw new EngineError(
        'bad-architecture',
        'layers',
        `Each layer has 1 to ${MAX_LAYER_SIZE} neurons; got ${String(size)}.`,
      );
    }
  }
}

function neuronName(sizes: Architecture, layer: number, index: number): string {
  const n = index + 1;
  if (layer === 0) return `i${n}`;
  if (layer === sizes.length - 1) return `o${n}`;
  return sizes.length === 3 ? `h${n}` : `h${layer}_${n}`;
}

/** How `layers=` writes an architecture: sizes from the inputs to the outputs, '2-3-2'. */
export function formatLayers(sizes: Architecture): string {
  return sizes.join('-');
}

/**
 * Reads `layers=2-3-2` (sizes from the inputs to the outputs, joined by "-").
 * Throws an EngineError ('bad-architecture', subject 'layers') for text that is
 * not such a list, or for a network outside the engine's limits.
 */
export function parseLayers(text: string): Architecture {
  const trimmed = text.trim();
  // The length check first keeps a pasted megabyte from reaching the pattern.
  if (trimmed.length > 40 || !/^\d+(?:-\d+)*$/.test(trimmed)) {
    const shown = trimmed.length > 40 ? `${[...trimmed].slice(0, 40).join('')}…` : trimmed;
    throw new EngineError(
      'bad-architecture',
      'layers',
      `layers must be the layer sizes from the inputs to the outputs joined by "-", such as 2-3-2; "${shown}" is not.`,
    );
  }
  const sizes = trimmed.split('-').map(Number);
  const hidden = sizes.length - 2;
  if (hidden < 1 || hidden > MAX_HIDDEN_LAYERS) {
    throw new EngineError(
      'bad-architecture',
      'layers',
      `layers must have 1 to ${MAX_HIDDEN_LAYERS} hidden layers between the inputs and the outputs; ${trimmed} has ${Math.max(hidden, 0)}.`,
    );
  }
  const outside = sizes.find((size) => size < 1 || size > MAX_LAYER_SIZE);
  if (outside !== undefined) {
    throw new EngineError(
      'bad-architecture',
      'layers',
      `layers must have 1 to ${MAX_LAYER_SIZE} neurons in every layer; ${trimmed} has a layer of ${outside}.`,
    );
  }
  return sizes;
}

const namesCache = new Map<string, NetworkNames>();

/**
 * The names of every part of a network of these layer sizes, with biases per
 * layer (the article's) or per neuron (memoised: they never change).
 */
export function networkNames(sizes: Architecture, biasPer: BiasPer = 'layer'): NetworkNames {
  const key = `${sizes.join('-')} ${biasPer}`;
  const cached = namesCache.get(key);
  if (cached) return cached;
  checkArchitecture(sizes);
  if (!(BIAS_PER as readonly string[]).includes(biasPer)) {
    throw new EngineError(
      'unknown-setting',
      'bias_per',
      `bias_per must be one of ${BIAS_PER.join(', ')}; "${String(biasPer)}" is not.`,
    );
  }
  const neurons = sizes.map((size, layer) =>
    Array.from({ length: size }, (_, i) => neuronName(sizes, layer, i)),
  );
  const weights: WeightRef[] = [];
  const weightOffsets: number[] = [0];
  for (let layer = 1; layer < sizes.length; layer++) {
    weightOffsets.push(weights.length);
    const sources = sizes[layer - 1] ?? 0;
    const targets = sizes[layer] ?? 0;
    for (let target = 0; target < targets; target++) {
      for (let source = 0; source < sources; source++) {
        const index = weights.length;
        weights.push({ id: `w${index + 1}`, layer, target, source, index });
      }
    }
  }
  const perLayer = biasPer === 'layer';
  const neuronBiases = neurons.map((layerNeurons, layer) =>
    layer === 0 ? [] : layerNeurons.map((node) => (perLayer ? `b${layer}` : `b_${node}`)),
  );
  const biasSlots = ['', ...new Set(neuronBiases.flat())];
  const names: NetworkNames = {
    sizes: [...sizes],
    neurons,
    weights,
    weightOffsets,
    biasPer,
    biases: sizes.map((_, layer) => (layer === 0 || !perLayer ? '' : `b${layer}`)),
    biasIds: biasSlots.slice(1),
    neuronBiases,
    biasSlots,
    neuronBiasSlots: neuronBiases.map((ids) => ids.map((id) => biasSlots.indexOf(id))),
    inputs: neurons[0]!,
    targets: neurons[sizes.length - 1]!.map((_, i) => `t${i + 1}`),
  };
  namesCache.set(key, names);
  return names;
}

/** The connection a weight carries: w5 of the article runs from h1 to o1. */
export interface WeightEdge {
  readonly from: string;
  readonly to: string;
}

/** The neurons a weight connects, or undefined for an id that is not one of the network's weights. */
export function weightEdge(names: NetworkNames, id: string): WeightEdge | undefined {
  const weight = names.weights.find((w) => w.id === id);
  if (!weight) return undefined;
  return {
    from: names.neurons[weight.layer - 1]![weight.source]!,
    to: names.neurons[weight.layer]![weight.target]!,
  };
}

/** A weight named by its edge, as every sheet writes it: 'w5: h1 → o1'. */
export function weightLabel(names: NetworkNames, id: string): string | undefined {
  const edge = weightEdge(names, id);
  return edge && `${id}: ${edge.from} → ${edge.to}`;
}
