/**
 * Painting a neuron's output over the input plane: a diverging colour map
 * (orange for low, near-white at the middle, blue for high; the two ends stay
 * apart for every common kind of colour blindness, as in ColorBrewer's PuOr) and
 * the pixels of one grid, one pixel per grid cell, written straight into an
 * ImageData's bytes. The canvas is scaled up by CSS, so a learner sees smooth
 * regions and a test reads a cell's colour at its pixel.
 */
import type { ActivationId } from '../engine/activations';

export type Rgb = readonly [number, number, number];

/** The colour of the lowest value (target 0's side). */
export const LOW_COLOUR: Rgb = [230, 97, 1];
/** The middle of the domain: the boundary (0.5 for a sigmoid). */
export const MID_COLOUR: Rgb = [247, 247, 247];
/** The colour of the highest value (target 1's side). */
export const HIGH_COLOUR: Rgb = [33, 102, 172];

/** Entries in the lookup table: finer than a grid of 40 × 40 can show. */
export const LUT_SIZE = 256;

/** The value range a neuron's colour spans, from its activation's own range where it has one. */
export interface ColourDomain {
  readonly min: number;
  readonly max: number;
}

export function domainFor(activation: ActivationId, values?: ArrayLike<number>): ColourDomain {
  if (activation === 'sigmoid') return { min: 0, max: 1 };
  if (activation === 'tanh') return { min: -1, max: 1 };
  // ReLU and linear have no range of their own: the grid's, symmetric around 0 so 0 stays white.
  let extent = 1e-9;
  if (values)
    for (let k = 0; k < values.length; k++) extent = Math.max(extent, Math.abs(values[k]!));
  return { min: -extent, max: extent };
}

/** The colour at t ∈ [0, 1] (clamped): low → mid → high, each half a straight blend. */
export function colourAt(t: number): Rgb {
  const u = Math.min(1, Math.max(0, Number.isNaN(t) ? 0.5 : t));
  const [from, to, s] =
    u < 0.5 ? [LOW_COLOUR, MID_COLOUR, u * 2] : [MID_COLOUR, HIGH_COLOUR, u * 2 - 1];
  return [0, 1, 2].map((c) => Math.round(from[c]! + (to[c]! - from[c]!) * s)) as unknown as Rgb;
}

/** LUT_SIZE colours as RGBA bytes, built once: painting looks a value up instead of blending. */
export function colourTable(): Uint8ClampedArray {
  const table = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let k = 0; k < LUT_SIZE; k++) {
    const [r, g, b] = colourAt(k / (LUT_SIZE - 1));
    table.set([r, g, b, 255], k * 4);
  }
  return table;
}

/** The table's entry for a value: its place in the domain, rounded to the nearest entry. */
export function lutIndex(value: number, domain: ColourDomain): number {
  const t = (value - domain.min) / (domain.max - domain.min);
  if (!(t > 0)) return 0; // NaN too: a value that is not a number shows as the low end
  return t >= 1 ? LUT_SIZE - 1 : Math.round(t * (LUT_SIZE - 1));
}

/**
 * Writes a size × size grid (row by row from the top, as planeGrid gives it) into
 * `pixels`, the bytes of a size × size ImageData. Nothing is allocated.
 */
export function paintGrid(
  pixels: Uint8ClampedArray,
  values: ArrayLike<number>,
  domain: ColourDomain,
  table: Uint8ClampedArray,
): void {
  for (let k = 0; k < values.length; k++) {
    const from = lutIndex(values[k]!, domain) * 4;
    const to = k * 4;
    pixels[to] = table[from]!;
    pixels[to + 1] = table[from + 1]!;
    pixels[to + 2] = table[from + 2]!;
    pixels[to + 3] = 255;
  }
}
