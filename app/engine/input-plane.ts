/**
 * What a two-input network computes over its whole input plane: every neuron's
 * output on a grid of (i1, i2) points. The output layer's grid is the decision
 * boundary a dataset is drawn over; each hidden neuron's grid shows the line (or
 * curve) it has learned. One workspace, one forward pass per point: a 40 × 40
 * grid of a small network is a fraction of a millisecond, so it can follow
 * training frame by frame.
 */
import type { Example } from './dataset';
import { EngineError } from './errors';
import type { Model } from './model';
import { createWorkspace, forward } from './network';

export interface PlaneRange {
  readonly min: number;
  readonly max: number;
}

export interface PlaneGrid {
  /** points per side */
  readonly size: number;
  /** the same range on both axes */
  readonly range: PlaneRange;
  /**
   * per neuron name (h1, o1 …): its output at each point, row by row from the top
   * (i2 = max) down, each row from i1 = min to max
   */
  readonly outputs: Readonly<Record<string, Float64Array>>;
}

/** i1 (or i2) of grid column (or row) k: the cells' centres, so the grid is symmetric. */
export const planeCoordinate = (range: PlaneRange, size: number, k: number) =>
  range.min + ((k + 0.5) * (range.max - range.min)) / size;

/** A square range holding every example's inputs with a margin, and at least [−1, 1]. */
export function planeRangeFor(examples: readonly Example[]): PlaneRange {
  let extent = 1;
  for (const { inputs } of examples) for (const x of inputs) extent = Math.max(extent, Math.abs(x));
  const max = Math.ceil(extent * 1.1 * 10) / 10;
  return { min: -max, max };
}

export function planeGrid(model: Model, range: PlaneRange, size = 40): PlaneGrid {
  if (model.sizes[0] !== 2) {
    throw new EngineError(
      'bad-architecture',
      'layers',
      `The input plane is drawn for two inputs; this network has ${model.sizes[0]}.`,
    );
  }
  const ws = createWorkspace(model);
  const outputs: Record<string, Float64Array> = {};
  const layers = ws.names.neurons.slice(1);
  for (const layer of layers)
    for (const node of layer) outputs[node] = new Float64Array(size * size);
  const inputs = ws.out[0]!;
  for (let row = 0; row < size; row++) {
    inputs[1] = planeCoordinate(range, size, size - 1 - row);
    for (let col = 0; col < size; col++) {
      inputs[0] = planeCoordinate(range, size, col);
      forward(ws);
      const at = row * size + col;
      layers.forEach((layer, l) => {
        const out = ws.out[l + 1]!;
        layer.forEach((node, j) => (outputs[node]![at] = out[j]!));
      });
    }
  }
  return { size, range, outputs };
}

/**
 * Each output neuron's value at each example's inputs (by neuron name, one entry
 * per example): what the heatmap's points are judged by.
 */
export function pointOutputs(
  model: Model,
  examples: readonly Example[],
): Readonly<Record<string, Float64Array>> {
  const ws = createWorkspace(model);
  const last = ws.names.neurons.length - 1;
  const names = ws.names.neurons[last]!;
  const outputs: Record<string, Float64Array> = {};
  for (const node of names) outputs[node] = new Float64Array(examples.length);
  const inputs = ws.out[0]!;
  examples.forEach((example, k) => {
    inputs.set(example.inputs);
    forward(ws);
    names.forEach((node, j) => (outputs[node]![k] = ws.out[last]![j]!));
  });
  return outputs;
}
