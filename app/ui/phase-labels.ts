import type { Phase } from '../engine/trace';

export const PHASE_TITLES: Readonly<Record<Phase, string>> = {
  forward: 'Forward pass',
  loss: 'Total error',
  backward: 'Backward pass',
  update: 'Update',
};

export const PHASE_SUMMARIES: Readonly<Record<Phase, string>> = {
  forward: 'Each neuron sums its weighted inputs and its bias (net), then squashes the sum (out).',
  loss: 'Each output is compared with its target; the errors add up to the total error.',
  backward:
    'The chain rule carries the error back: first to the output layer’s weights, then, through both outputs, to the hidden layer’s.',
  update: 'Each weight takes one step against its gradient: w⁺ = w − η ∂E/∂w.',
};

/** 'Output layer', 'Hidden layer', or 'Hidden layer 2' in a deeper network. */
export function layerTitle(layer: number, layers: number): string {
  if (layer === layers - 1) return 'Output layer';
  return layers === 3 ? 'Hidden layer' : `Hidden layer ${layer}`;
}
