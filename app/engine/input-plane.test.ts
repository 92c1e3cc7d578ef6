import { describe, expect, it } from 'vitest';
import { EngineError } from './errors';
import { planeCoordinate, planeGrid, planeRangeFor, pointOutputs } from './input-plane';
import { ARTICLE_MODEL, defaultParams, DEFAULT_SETTINGS, type Model } from './model';
import { computeTrace } from './trace';

const net: Model = {
  sizes: [2, 3, 1],
  params: defaultParams([2, 3, 1]),
  settings: DEFAULT_SETTINGS,
};

describe('the input plane', () => {
  it("holds every neuron's output at each point, as the trace computes it", () => {
    const range = { min: -2, max: 2 };
    const grid = planeGrid(net, range, 7);
    expect(Object.keys(grid.outputs)).toEqual(['h1', 'h2', 'h3', 'o1']);
    for (const [row, col] of [
      [0, 0],
      [6, 6],
      [2, 5],
      [3, 3],
    ] as const) {
      const i1 = planeCoordinate(range, 7, col);
      const i2 = planeCoordinate(range, 7, 6 - row);
      const { quantities } = computeTrace({ ...net, params: { ...net.params, i1, i2 } });
      for (const node of ['h1', 'h2', 'h3', 'o1']) {
        expect(grid.outputs[node]![row * 7 + col]).toBe(quantities[`out_${node}`]);
      }
    }
  });

  it('puts the cells’ centres symmetrically, the top row at the largest i2', () => {
    const range = { min: -1, max: 1 };
    expect(planeCoordinate(range, 4, 0)).toBe(-0.75);
    expect(planeCoordinate(range, 4, 3)).toBe(0.75);
    // w2 > 0 in every hidden neuron: the top row (large i2) is brighter than the bottom.
    const grid = planeGrid(ARTICLE_MODEL, range, 4);
    expect(grid.outputs.h1![0]!).toBeGreaterThan(grid.outputs.h1![12]!);
  });

  it('spans the data with a margin, and at least [−1, 1]', () => {
    expect(planeRangeFor([{ inputs: [0, 1], targets: [0] }])).toEqual({ min: -1.1, max: 1.1 });
    expect(planeRangeFor([{ inputs: [-3, 0.5], targets: [1] }])).toEqual({ min: -3.3, max: 3.3 });
  });

  it('is refused for a network without exactly two inputs', () => {
    const three: Model = { ...net, sizes: [3, 3, 1], params: defaultParams([3, 3, 1]) };
    expect(() => planeGrid(three, { min: -1, max: 1 })).toThrow(EngineError);
  });

  it("gives each example's output as the trace computes it with the example's inputs", () => {
    const examples = [
      { inputs: [0.3, -0.7], targets: [1] },
      { inputs: [-1.5, 2], targets: [0] },
    ];
    const outputs = pointOutputs(net, examples);
    expect(Object.keys(outputs)).toEqual(['o1']);
    examples.forEach(({ inputs: [i1, i2] }, k) => {
      const { quantities } = computeTrace({ ...net, params: { ...net.params, i1: i1!, i2: i2! } });
      expect(outputs.o1![k]).toBe(quantities.out_o1);
    });
  });
});
