/**
 * The shape of the trace (see trace.ts): one entry per quantity of the worked
 * example, as plain data every view reads.
 */
import type { Model } from './model';
import type { NetworkNames } from './architecture';

export type Phase = 'forward' | 'loss' | 'backward' | 'update';
export const PHASES: readonly Phase[] = ['forward', 'loss', 'backward', 'update'];

export interface TraceEntry {
  /** 'dE_dw5': the same id in the store, the DOM (data-quantity), TeX slots and ?step= */
  readonly id: string;
  readonly phase: Phase;
  /** the layer the quantity belongs to (1 = first hidden layer … L = outputs) */
  readonly layer: number;
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
  layer: number;
  value: number;
  symbol: string;
  template: string;
  factors?: string[];
  own: string[]; // graph elements of the quantity itself; factors add theirs
}
