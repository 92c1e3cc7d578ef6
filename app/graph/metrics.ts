/**
 * Sizes of the diagram's parts in viewBox units, shared by the layout (which
 * keeps them apart) and the components (which draw them).
 */
export const METRICS = {
  nodeRadius: 30,
  nameFont: 22,
  valueFont: 18,
  labelFont: 18,
  /** average advance of a character, as a share of the font size (digits in a UI face) */
  charWidth: 0.6,
  labelHeight: 28,
  labelPadX: 7,
  /** characters reserved for a value: "−0.1235" (the graph shows 4 significant digits) */
  valueChars: 7,
  lineGap: 22,
  margin: 14,
  /** space between a node's rim and its values or value chip */
  valueGap: 6,
  /** inset of a neuron's value lines when they sit beside it, left-aligned */
  valueInset: 4,
} as const;

/**
 * Presenter mode's text against the drawing: larger, with the layout making room.
 * Presenter mode draws the network as large as its smallest text needs (present.css),
 * so the best scale is the one whose layout is smallest for that text: 1.16 (797 × 580
 * units for 21 units of text, 28 px letters at 1280×720); from 1.17 the layers must
 * spread to keep labels off crossings, and the drawing grows by 8 %.
 */
export const PRESENTER_TEXT_SCALE = 1.16;

/** A neuron's value line: "net −0.1235" (or "out …"; the course notation's z and a are shorter). */
export const NEURON_VALUE_CHARS = 4 + METRICS.valueChars;

/**
 * A neuron's gradients, once the backward pass has reached them: two lines, the
 * wider "∂E/∂out −0.1235" and "δ −0.1235" (the course notation's da and dz are shorter).
 */
export const GRADIENT_CHARS = 8 + METRICS.valueChars;
export const GRADIENT_LINES = 2;
/**
 * On a phone a neuron's lines sit beside it, where width is scarce: no wider than
 * "net −0.1235", so ∂E/∂out's value takes a line of its own.
 */
export const GRADIENT_LINES_BESIDE = 3;

/** A target's error under its value: "E_o1 −0.1235" (the subscript counts about half). */
export const TARGET_ERROR_CHARS = 3 + METRICS.valueChars;

/** The total error before and after the update, two lines: "E_total⁺ −0.1235". */
export const TOTAL_CHARS = 7 + METRICS.valueChars;
export const TOTAL_LINES = 2;

/** Width of a text of `chars` characters at `font`, with the label's padding. */
export function textBoxWidth(chars: number, font: number = METRICS.labelFont): number {
  return Math.ceil(chars * font * METRICS.charWidth + 2 * METRICS.labelPadX);
}

/**
 * Width of a line of `chars` characters of plain text (no box around it), with the
 * halo that keeps it legible over an edge: a neuron's gradients, a target's error.
 * The value characters are tabular digits; the keys' letters and ∂ are narrower.
 */
export function textLineWidth(chars: number, font: number = METRICS.valueFont): number {
  return Math.ceil(chars * font * METRICS.charWidth * 0.94 + 6);
}

/**
 * A weight label reads "w5 0.4": its name, a space, and room for a value; outside
 * the article's network also its edge, "w7 h1→o1 0.4" (names shift as neurons come
 * and go; the edge says which connection it is).
 */
export function weightLabelWidth(
  id: string,
  font: number = METRICS.labelFont,
  edge: string = '',
): number {
  const edgeChars = edge === '' ? 0 : [...edge].length + 1;
  return textBoxWidth(id.length + 1 + edgeChars + METRICS.valueChars, font);
}
