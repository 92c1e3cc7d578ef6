/**
 * Activation functions: one record each with everything any view says about it
 * (its derivative, TeX, names in words and symbols, its largest slope), so a new
 * activation is one entry here. The derivative is written in terms of the
 * neuron's own output where the function allows it, as the article does for the
 * sigmoid: ∂out/∂net = out (1 − out).
 */
export const ACTIVATION_IDS = ['sigmoid', 'tanh', 'relu', 'linear'] as const;
export type ActivationId = (typeof ACTIVATION_IDS)[number];

export interface Activation {
  readonly id: ActivationId;
  /** out = f(net) */
  readonly f: (net: number) => number;
  /** ∂out/∂net, from out (and net, which ReLU needs) */
  readonly df: (out: number, net: number) => number;
  /** TeX of f applied to the TeX `net` */
  readonly tex: (net: string) => string;
  /** TeX of ∂out/∂net in terms of the TeX `out` and `net` */
  readonly dtex: (out: string, net: string) => string;
  /** as a settings menu offers it: 'ReLU' */
  readonly label: string;
  /** in a sentence, with its article where English wants one: 'the sigmoid', 'ReLU' */
  readonly phrase: string;
  /** as a plot names the function, in plain text: 'σ', 'identity' */
  readonly symbol: string;
  /** the function's name in TeX, as a matrix formula applies it: \sigma, \operatorname{ReLU} */
  readonly texName: string;
  /** the largest |f′| anywhere: a unit is saturated when its slope falls far below this */
  readonly largestSlope: number;
}

/** σ(x) = 1 / (1 + e^{−x}); σ'(x) = σ(x)(1 − σ(x)). */
const sigmoid: Activation = {
  id: 'sigmoid',
  label: 'sigmoid',
  phrase: 'the sigmoid',
  symbol: 'σ',
  texName: '\\sigma',
  largestSlope: 0.25,
  f: (net) => 1 / (1 + Math.exp(-net)),
  df: (out) => out * (1 - out),
  tex: (net) => `\\frac{1}{1+e^{-${net}}}`,
  dtex: (out) => `${out}\\left(1-${out}\\right)`,
};

/** tanh'(x) = 1 − tanh²(x). */
const tanh: Activation = {
  id: 'tanh',
  label: 'tanh',
  phrase: 'tanh',
  symbol: 'tanh',
  texName: '\\tanh',
  largestSlope: 1,
  f: (net) => Math.tanh(net),
  df: (out) => 1 - out * out,
  tex: (net) => `\\tanh\\left(${net}\\right)`,
  dtex: (out) => `1-${out}^{2}`,
};

/** ReLU(x) = max(0, x); its derivative is 1 where x > 0 and 0 elsewhere (0 at the kink, by convention). */
const relu: Activation = {
  id: 'relu',
  label: 'ReLU',
  phrase: 'ReLU',
  symbol: 'ReLU',
  texName: '\\operatorname{ReLU}',
  largestSlope: 1,
  // Stryker disable next-line EqualityOperator: at net = 0 both branches give 0 (a net input is never −0: its sum starts from +0)
  f: (net) => (net > 0 ? net : 0),
  df: (_out, net) => (net > 0 ? 1 : 0),
  tex: (net) => `\\max\\left(0,\\,${net}\\right)`,
  dtex: (_out, net) => `\\mathbb{1}\\left[${net}>0\\right]`,
};

/** The identity: out = net, ∂out/∂net = 1. */
const linear: Activation = {
  id: 'linear',
  label: 'linear',
  phrase: 'the identity',
  symbol: 'identity',
  texName: '\\operatorname{id}',
  largestSlope: 1,
  f: (net) => net,
  df: () => 1,
  tex: (net) => net,
  dtex: () => '1',
};

export const ACTIVATIONS: Readonly<Record<ActivationId, Activation>> = {
  sigmoid,
  tanh,
  relu,
  linear,
};
