/**
 * The shape of the trace (see trace.ts): one entry per quantity of the worked
 * example, as plain data every view reads.
 */
import type { Model } from './model';
import type { NetworkNames } from './architecture';

export type Phase = 'forward' | 'loss' | 'backward' | 'update';
export const PHASES: readonly Phase[] = ['forward', 'loss', 'backward', 'update'];

/**
 * What a quantity is, whatever its layer or neuron: views name and explain a
 * quantity by its kind instead of re-reading its id or formula.
 */
export type QuantityKind =
  /** net = Σ w · in + b */
  | 'weighted-sum'
  /** out = f(net) */
  | 'activation'
  /** E_o: one output's error */
  | 'output-error'
  /** E_total = Σ E_o */
  | 'total-error'
  /** ∂E/∂out of an output: the loss's own derivative */
  | 'error-slope'
  /** ∂E_o/∂out_h along one path: δ_o · w */
  | 'path'
  /** ∂E/∂out of a hidden neuron: the sum of its paths */
  | 'sum-of-paths'
  /** ∂out/∂net: f′ */
  | 'activation-slope'
  /** δ = ∂E/∂net */
  | 'delta'
  /** ∂net/∂w: the value the weight multiplies */
  | 'input'
  /** ∂E/∂w: the chain rule's product */
  | 'weight-gradient'
  /** ∂E/∂b: the sum of the deltas the bias feeds */
  | 'bias-gradient'
  /** w⁺ = w − η ∂E/∂w */
  | 'update'
  /** E_total again, after every update */
  | 'error-after-update';

export interface TraceEntry {
  /** 'dE_dw5': the same id in the store, the DOM (data-quantity), TeX slots and ?step= */
  readonly id: string;
  readonly phase: Phase;
  readonly kind: QuantityKind;
  /** the layer the quantity belongs to (1 = first hidden layer … L = outputs) */
  readonly layer: number;
  /**
   * the neuron the quantity belongs to: 'h1' for net_h1, out_h1, E_… of an output,
   * ∂E/∂out_h1 and each of its paths, ∂out/∂net, δ_h1, and ∂net_h1/∂w1; null for
   * E_total and for what is about a parameter rather than a neuron (see parameter)
   */
  readonly neuron: string | null;
  /**
   * the weight or bias the quantity is about: 'w5' for ∂E/∂w5, ∂net_o1/∂w5 and w5⁺,
   * 'b1' for ∂E/∂b1 and b1⁺ (and 'b_h1' with a bias per neuron); null otherwise
   */
  readonly parameter: string | null;
  /** for a path ∂E_o2/∂out_h1 (kind 'path'), the next-layer neuron it goes through: 'o2'; null otherwise */
  readonly via: string | null;
  readonly value: number;
  /** TeX of the quantity itself: \frac{\partial E_{total}}{\partial w_{5}} */
  readonly symbol: string;
  /** the formula with each quantity it uses marked @[id] (see template.ts) */
  readonly template: string;
  /** TeX, symbolic: \frac{\partial E_{total}}{\partial out_{o1}} \cdot … */
  readonly formula: string;
  /** TeX, the same formula with the current numbers in place */
  readonly substituted: string;
  /** the chain-rule factors (or summands, for a sum) that are themselves trace entries */
  readonly factors: readonly string[];
  /** every quantity or parameter the formula uses */
  readonly deps: readonly string[];
  /** graph elements to light: nodes 'h1', 'o1', 't1', 'b1' and weights 'w5' */
  readonly touches: readonly string[];
}

export interface Trace {
  readonly model: Model;
  readonly names: NetworkNames;
  readonly entries: readonly TraceEntry[];
  /** id → value of every entry */
  readonly quantities: Readonly<Record<string, number>>;
}

/** An entry as the passes write it, before its formula, deps and touches are worked out. */
export interface Draft {
  id: string;
  phase: Phase;
  kind: QuantityKind;
  layer: number;
  neuron?: string;
  parameter?: string;
  via?: string;
  value: number;
  symbol: string;
  template: string;
  factors?: string[];
  own: string[]; // graph elements of the quantity itself; factors add theirs
}
