import { describe, expect, it } from 'vitest';
import { planeGrid } from '../engine/input-plane';
import { defaultParams, DEFAULT_SETTINGS, type Model } from '../engine/model';
import {
  colourAt,
  colourTable,
  domainFor,
  HIGH_COLOUR,
  LOW_COLOUR,
  MID_COLOUR,
  paintGrid,
  type Rgb,
} from './plane-paint';
import { sampleGrid, sampleIndices } from './plane-sample';

const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const distance = (a: readonly number[], b: readonly number[]) =>
  Math.hypot(...a.map((x, k) => x - b[k]!));

/** Machado, Oliveira & Fernandes (2009), full severity, on linear RGB. */
const DICHROMACY = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const seenAs = (matrix: number[][], rgb: Rgb) => {
  const lin = rgb.map(linear);
  return matrix.map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, m, k) => s + m * lin[k]!, 0),
      ),
    ),
  );
};
/** CIELAB (D65) of a colour in linear RGB: ΔE = the distance between two is what the eye tells apart. */
const lab = ([r, g, b]: readonly number[]) => {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};
const luminance = (rgb: Rgb) => {
  const [r, g, b] = rgb.map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('the colour map', () => {
  it('runs from orange through near-white to blue', () => {
    expect(colourAt(0)).toEqual(LOW_COLOUR);
    expect(colourAt(0.5)).toEqual(MID_COLOUR);
    expect(colourAt(1)).toEqual(HIGH_COLOUR);
    expect(colourAt(-3)).toEqual(LOW_COLOUR);
    expect(colourAt(7)).toEqual(HIGH_COLOUR);
  });

  it('is monotone: each step away from the middle is further from white and darker, on its own side', () => {
    for (let k = 1; k <= 50; k++) {
      for (const [t, before] of [
        [0.5 + k / 100, 0.5 + (k - 1) / 100],
        [0.5 - k / 100, 0.5 - (k - 1) / 100],
      ] as const) {
        const colour = colourAt(t);
        expect(distance(colour, MID_COLOUR)).toBeGreaterThanOrEqual(
          distance(colourAt(before), MID_COLOUR),
        );
        expect(luminance(colour)).toBeLessThanOrEqual(luminance(colourAt(before)) + 1e-12);
        // Orange below the middle (more red than blue), blue above it.
        if (t < 0.5) expect(colour[0]).toBeGreaterThan(colour[2]);
        else expect(colour[2]).toBeGreaterThan(colour[0]);
      }
    }
  });

  it('keeps its two ends apart for protanopia, deuteranopia and tritanopia', () => {
    for (const matrix of Object.values(DICHROMACY)) {
      const low = lab(seenAs(matrix, LOW_COLOUR));
      const high = lab(seenAs(matrix, HIGH_COLOUR));
      const mid = lab(seenAs(matrix, MID_COLOUR));
      // ΔE above about 10 is plainly different at a glance; the ends stay far beyond that.
      expect(distance(low, high)).toBeGreaterThan(60);
      expect(distance(low, mid)).toBeGreaterThan(40);
      expect(distance(high, mid)).toBeGreaterThan(40);
    }
  });

  it("spans an activation's own range, or a range symmetric around 0", () => {
    expect(domainFor('sigmoid')).toEqual({ min: 0, max: 1 });
    expect(domainFor('tanh')).toEqual({ min: -1, max: 1 });
    expect(domainFor('relu', [0, 2.5, 1])).toEqual({ min: -2.5, max: 2.5 });
    expect(domainFor('linear', [-4, 1])).toEqual({ min: -4, max: 4 });
  });
});

describe('painting a grid', () => {
  const sizes = [2, 6, 6, 1] as const;
  const model: Model = { sizes, params: defaultParams(sizes), settings: DEFAULT_SETTINGS };

  it("colours each cell's pixel by the engine's value there, for every neuron", () => {
    const grid = planeGrid(model, { min: -1.5, max: 1.5 }, 40);
    const table = colourTable();
    const pixels = new Uint8ClampedArray(40 * 40 * 4);
    for (const [neuron, values] of Object.entries(grid.outputs)) {
      const domain = domainFor('sigmoid');
      paintGrid(pixels, values, domain, table);
      for (const row of sampleGrid(grid, neuron)) {
        for (const cell of row) {
          const at = (cell.row * 40 + cell.col) * 4;
          const expected = colourAt(cell.value);
          // The table has 256 entries: a colour at most one entry away, about 2 units a channel.
          for (let c = 0; c < 3; c++)
            expect(Math.abs(pixels[at + c]! - expected[c]!)).toBeLessThanOrEqual(2);
          expect(pixels[at + 3]).toBe(255);
          expect(cell.value).toBe(values[cell.row * 40 + cell.col]);
        }
      }
    }
  });

  it('samples the centres of five equal bands', () => {
    expect(sampleIndices(40)).toEqual([4, 12, 20, 28, 36]);
    expect(sampleIndices(10)).toEqual([1, 3, 5, 7, 9]);
  });
});
