/**
 * The playground's presets: the chain-rule examples of the first lesson, a
 * sigmoid neuron (CS231n's example), the cross-entropy of a sigmoid, whose
 * gradient is σ(z) − y, and a variable used twice, whose gradient is a sum.
 */

export interface ExpressionPreset {
  readonly id: string;
  /** what the menu says */
  readonly title: string;
  readonly formula: string;
  readonly leaves: Readonly<Record<string, number>>;
  /** what to look for, one sentence */
  readonly note: string;
}

export const PRESETS: readonly ExpressionPreset[] = [
  {
    id: 'sum',
    title: 'A sum: a + b',
    formula: 'a + b',
    leaves: { a: 3, b: -2 },
    note: 'A sum passes the upstream gradient to both inputs unchanged: both local derivatives are 1.',
  },
  {
    id: 'product',
    title: 'A product: a · b',
    formula: 'a*b',
    leaves: { a: 3, b: -2 },
    note: 'A product swaps: the local derivative for one input is the other input.',
  },
  {
    id: 'chain',
    title: 'Two nodes in a row: (x + y) · z',
    formula: '(x + y)*z',
    leaves: { x: -2, y: 5, z: -4 },
    note: 'The chain rule: ∂f/∂x = ∂f/∂v₁ · ∂v₁/∂x, upstream times local.',
  },
  {
    id: 'neuron',
    title: 'A sigmoid neuron: σ(w0·x0 + w1·x1 + w2)',
    formula: 'sigmoid(w0*x0 + w1*x1 + w2)',
    leaves: { w0: 2, x0: -1, w1: -3, x1: -2, w2: -3 },
    note: 'One neuron: the sigmoid’s local derivative σ(1 − σ) scales every gradient behind it.',
  },
  {
    id: 'cross-entropy',
    title: 'Cross-entropy of a sigmoid',
    formula: '-(y*log(sigmoid(z)) + (1 - y)*log(1 - sigmoid(z)))',
    leaves: { y: 1, z: 0.5 },
    note: 'z is used twice: its two contributions add up to ∂f/∂z = σ(z) − y.',
  },
  {
    id: 'reuse',
    title: 'A variable used twice: a · b + a',
    formula: 'a*b + a',
    leaves: { a: 3, b: -2 },
    note: 'a reaches f along two paths: its gradient is the sum of both contributions (the += rule).',
  },
];

/** The preset the playground opens with. */
export const DEFAULT_PRESET: ExpressionPreset = PRESETS[2]!;

export const presetById = (id: string): ExpressionPreset | undefined =>
  PRESETS.find((preset) => preset.id === id);
