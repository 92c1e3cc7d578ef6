/**
 * What a handout says beyond the steps themselves, the same in every format (the
 * sheet page, md, tex, csv, json): which weight a step is about, named by its
 * edge; which steps follow the mistaken method, and the sentence that says so;
 * and the exercise's chain of equalities, with blanks where the answers go.
 */
import { weightLabel, type NetworkNames } from '../engine/architecture';
import { fillTemplate, texOperand } from '../engine/template';
import type { Trace, TraceEntry } from '../engine/trace';
import { stepChain } from './steps';

/**
 * The steps about one weight, by id, as the trace names them: its local
 * derivative ∂net/∂w (dnet_o1_dw5), its gradient (dE_dw5) and its update (w5_new).
 */
function weightSteps(names: NetworkNames): ReadonlyMap<string, string> {
  const cached = weightStepsCache.get(names);
  if (cached) return cached;
  const steps = new Map<string, string>();
  for (const w of names.weights) {
    const target = names.neurons[w.layer]?.[w.target] ?? '';
    for (const id of [`dnet_${target}_d${w.id}`, `dE_d${w.id}`, `${w.id}_new`]) {
      steps.set(id, w.id);
    }
  }
  weightStepsCache.set(names, steps);
  return steps;
}
// networkNames() hands out one object per architecture, so this is one map each.
const weightStepsCache = new WeakMap<NetworkNames, ReadonlyMap<string, string>>();

/** 'w5: h1 → o1' for a step about w5, else undefined. */
export function stepWeightLabel(trace: Trace, entry: TraceEntry): string | undefined {
  const weight = weightSteps(trace.names).get(entry.id);
  return weight === undefined ? undefined : weightLabel(trace.names, weight);
}

/** 'w5…w8': the weights above the first hidden layer, whose updated values the mistake reads. */
function upperWeights(names: NetworkNames): string {
  const upper = names.weights.filter((w) => w.layer > 1).map((w) => w.id);
  return upper.length > 1 ? `${upper[0]}…${upper[upper.length - 1]}` : (upper[0] ?? '');
}

/**
 * The steps computed the mistaken way under hidden_deltas = updated: those that
 * read an updated weight during the backward pass, everything computed from them,
 * and the error after the update (it is the error at every updated weight).
 * Empty under the correct method.
 */
export function mistakenSteps(trace: Trace): ReadonlySet<string> {
  const mistaken = new Set<string>();
  if (trace.model.settings.hidden_deltas !== 'updated') return mistaken;
  const updates = new Set(trace.entries.filter((e) => e.phase === 'update').map((e) => e.id));
  // Trace order puts every quantity after the ones it is computed from.
  for (const entry of trace.entries) {
    const readsUpdate = entry.phase === 'backward' && entry.deps.some((id) => updates.has(id));
    if (readsUpdate || entry.deps.some((id) => mistaken.has(id))) mistaken.add(entry.id);
  }
  if (mistaken.size > 0 && updates.has('E_total_new')) mistaken.add('E_total_new');
  return mistaken;
}

/** The sentence a sheet or export carries when it shows the mistaken method; undefined otherwise. */
export function mistakenMethodNote(trace: Trace): string | undefined {
  if (trace.model.settings.hidden_deltas !== 'updated') return undefined;
  const weights = upperWeights(trace.names);
  return (
    `This sheet shows the mistaken method (hidden_deltas = updated): the hidden layer's deltas ` +
    `use the already-updated ${weights} instead of the ${weights} of the forward pass. It is the ` +
    `ordering slip behind the article's figures after training, not backpropagation as it should ` +
    `be done; hidden_deltas = original gives the correct method.`
  );
}

/** The short note on each step the mistake changes (a csv row, a json step). */
export function mistakenStepNote(trace: Trace): string {
  return `mistaken method: computed from the already-updated ${upperWeights(trace.names)}`;
}

/** What an exercise sheet asks of its reader, above the steps. */
export const EXERCISE_INSTRUCTIONS =
  'Exercise: work out each quantity in order and write it in the blank. The numbers given are ' +
  'in place; every blank is a number computed in an earlier step or in this one.';

/**
 * Where an answer goes: an empty box to write in, as wide as a nine-digit number, in
 * TeX that KaTeX, MathJax and LaTeX (amsmath) all draw. A box, not a line: a line in
 * an exponent would run into the fraction bar above it (1/(1 + e^−▭)).
 */
export const BLANK_TEX = '\\boxed{\\phantom{0.00000000}}';

/** A template that is one quantity and nothing else: ∂net_h1/∂w1 = i1. */
const SINGLE_REF = /^@\[([A-Za-z0-9_]+)\]$/;

/**
 * The exercise's version of a step: symbol = formula = the formula with the
 * given numbers in place and blanks for the computed ones = a blank. A step that
 * only restates a given number (∂net_h1/∂w1 = i1 = 0.05) keeps it: there is
 * nothing to work out.
 */
export function exerciseChain(trace: Trace, entry: TraceEntry, digits: number): string[] {
  const given = (id: string) => !(id in trace.quantities) && id in trace.model.params;
  const restated = SINGLE_REF.exec(entry.template)?.[1];
  if (restated !== undefined && given(restated)) return stepChain(trace, entry, digits);
  const substituted = fillTemplate(entry.template, (id) =>
    given(id) ? texOperand(trace.model.params[id] ?? NaN, digits) : BLANK_TEX,
  );
  const parts = [entry.symbol, entry.formula, substituted, BLANK_TEX];
  return parts.filter((part, k) => k === 0 || part !== parts[k - 1]);
}

/** The chain a sheet prints for a step: with its numbers (the key) or with blanks (the exercise). */
export function sheetChain(
  trace: Trace,
  entry: TraceEntry,
  digits: number,
  answers: boolean,
): string[] {
  return answers ? stepChain(trace, entry, digits) : exerciseChain(trace, entry, digits);
}
