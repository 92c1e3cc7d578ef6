/**
 * What the heatmaps say in words and numbers, for the keyboard and screen
 * readers: the grid's values at a few evenly spread cells, and how many of the
 * data points the output puts on their target's side of the boundary.
 */
import { planeCoordinate, type PlaneGrid } from '../engine/input-plane';
import type { ColourDomain } from './plane-paint';

/** Grid rows or columns of an n × n sample: the centres of n equal bands of the grid. */
export function sampleIndices(size: number, n = 5): number[] {
  return Array.from({ length: n }, (_, k) => Math.floor(((k + 0.5) * size) / n));
}

export interface SampleCell {
  readonly row: number;
  readonly col: number;
  readonly i1: number;
  readonly i2: number;
  readonly value: number;
}

/** The sampled cells of one neuron's grid, row by row from the top (largest i2). */
export function sampleGrid(grid: PlaneGrid, neuron: string, n = 5): SampleCell[][] {
  const values = grid.outputs[neuron];
  if (!values) return [];
  const picks = sampleIndices(grid.size, n);
  return picks.map((row) =>
    picks.map((col) => ({
      row,
      col,
      i1: planeCoordinate(grid.range, grid.size, col),
      i2: planeCoordinate(grid.range, grid.size, grid.size - 1 - row),
      value: values[row * grid.size + col]!,
    })),
  );
}

/** The boundary between the two sides: the middle of the output's range. */
export const boundaryOf = (domain: ColourDomain) => (domain.min + domain.max) / 2;

/** Whether an output lies on the same side of the boundary as its target. */
export const onTargetSide = (output: number, target: number, boundary: number) =>
  output >= boundary === target >= boundary;
