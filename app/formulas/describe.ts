/**
 * One plain sentence per step, saying what the quantity means before the
 * formula says how it is computed. Keyed by the trace id's pattern, so it holds
 * for any network size the engine draws.
 */
import { ACTIVATIONS } from '../engine/activations';
import type { Settings } from '../engine/model';
import type { TraceEntry } from '../engine/trace';

const NODE = '([a-z]\\d+(?:_\\d+)?)';
const PARAM = '([a-z]+\\d+|lr)';

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

/** 'h1_2' is written h1,2 on screen. */
const node = (id: string) => id.replace('_', ',');
const activationOf = (id: string, settings: Settings) =>
  ACTIVATIONS[id.startsWith('o') ? settings.act_o : settings.act_h].phrase;

type Rule = readonly [
  RegExp,
  (match: RegExpMatchArray, entry: Entry, settings: Settings) => string,
];
type Entry = Pick<TraceEntry, 'id' | 'factors'>;

const RULES: readonly Rule[] = [
  [
    new RegExp(`^net_${NODE}$`),
    ([, n = '']) => `What reaches ${node(n)}: each incoming value times its weight, plus the bias.`,
  ],
  [
    new RegExp(`^out_${NODE}$`),
    ([, n = ''], _e, s) =>
      `${node(n)}’s output: its net input passed through ${activationOf(n, s)}.`,
  ],
  [/^E_total$/, () => 'The total error: the errors of the outputs added up.'],
  [
    /^E_total_new$/,
    () => 'The total error again, computed with the updated weights: it should have dropped.',
  ],
  [
    new RegExp(`^E_${NODE}$`),
    ([, n = ''], _e, s) =>
      s.loss === 'ce'
        ? `The cross-entropy error of ${node(n)} against its target.`
        : `The error of ${node(n)}: half the squared gap between its target and its output.`,
  ],
  [
    new RegExp(`^dE_dout_${NODE}_via_${NODE}$`),
    ([, n = '', via = ''], _e, s) =>
      `${node(via)}’s share of the error that reaches ${node(n)}: ${node(via)}’s error signal times the weight between them` +
      (s.hidden_deltas === 'updated' ? ', here already updated (the ordering mistake).' : '.'),
  ],
  [
    new RegExp(`^dE_dout_${NODE}$`),
    ([, n = ''], entry) =>
      entry.factors.length > 0
        ? `How much the total error changes when ${node(n)}’s output changes: the shares of every neuron it feeds, added.`
        : `How much the total error changes when ${node(n)}’s output changes.`,
  ],
  [
    new RegExp(`^dout_${NODE}_dnet_${NODE}$`),
    ([, n = ''], _e, s) =>
      `How steeply ${node(n)}’s output responds to its net input: the slope of ${activationOf(n, s)}.`,
  ],
  [
    new RegExp(`^delta_${NODE}$`),
    ([, n = ''], _e, s) =>
      n.startsWith('o') && s.loss === 'ce' && s.act_o === 'sigmoid'
        ? `The error signal at ${node(n)}’s net input: with cross-entropy and a sigmoid it is simply out − target.`
        : `The error signal at ${node(n)}’s net input: how much the total error changes when it changes.`,
  ],
  [
    new RegExp(`^dnet_${NODE}_d${PARAM}$`),
    ([, n = '', p = '']) =>
      `How much ${node(n)}’s net input changes when ${p} changes: the value ${p} multiplies.`,
  ],
  [
    new RegExp(`^dE_d${PARAM}$`),
    ([, p = ''], entry) =>
      p.startsWith('b')
        ? `How much the total error changes when ${p} changes: the error signals of the neurons it feeds, added.`
        : `How much the total error changes when ${p} changes: ${COUNTS[entry.factors.length] ?? entry.factors.length} factors by the chain rule.`,
  ],
  [
    new RegExp(`^${PARAM}_new$`),
    ([, p = '']) => `${p} after one step against the gradient: ${p} − η · ∂E/∂${p}.`,
  ],
];

/** A one-line explanation of a trace entry, or '' for an id no rule knows. */
export function describe(entry: Entry, settings: Settings): string {
  for (const [pattern, explain] of RULES) {
    const match = entry.id.match(pattern);
    if (match) return explain(match, entry, settings);
  }
  return '';
}
