/**
 * One plain sentence per step, saying what the quantity means before the
 * formula says how it is computed. Chosen by the entry's kind and worded with
 * what it is about (entry-subject.ts), so it holds for any network the engine
 * draws.
 */
import { ACTIVATIONS } from '../engine/activations';
import type { NetworkNames } from '../engine/architecture';
import type { Settings } from '../engine/model';
import type { TraceEntry } from '../engine/trace';
import { entrySubject } from './entry-subject';
import { weightEdgeName } from './weight-edge-name';

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];

/** 'h1_2' is written h1,2 on screen. */
const node = (id: string) => id.replace('_', ',');

type Entry = Pick<TraceEntry, 'id' | 'kind' | 'layer' | 'factors' | 'neuron' | 'via' | 'parameter'>;

/**
 * A one-line explanation of a trace entry. Given the network's names, a weight
 * outside the article's network is also named by its edge, "w7 (h1→o1)", as its
 * label in the diagram is: there names shift as neurons come and go.
 */
export function describe(entry: Entry, settings: Settings, names?: NetworkNames): string {
  const { neuron = '', via = '', parameter = '' } = entrySubject(entry);
  const edge = names ? weightEdgeName(names, parameter) : '';
  const p = edge ? `${parameter} (${edge})` : parameter;
  const n = node(neuron);
  // The outputs are the only neurons a target is compared with: those with an error of their own.
  const output = neuron.startsWith('o');
  const activation = ACTIVATIONS[output ? settings.act_o : settings.act_h].phrase;
  switch (entry.kind) {
    case 'weighted-sum':
      return `What reaches ${n}: each incoming value times its weight, plus the bias.`;
    case 'activation':
      return `${n}’s output: its net input passed through ${activation}.`;
    case 'total-error':
      return 'The total error: the errors of the outputs added up.';
    case 'error-after-update':
      return 'The total error again, computed with the updated weights: it should have dropped.';
    case 'output-error':
      return settings.loss === 'ce'
        ? `The cross-entropy error of ${n} against its target.`
        : `The error of ${n}: half the squared gap between its target and its output.`;
    case 'path':
      return (
        `${node(via)}’s share of the error that reaches ${n}: ${node(via)}’s error signal times the weight between them` +
        (settings.hidden_deltas === 'updated'
          ? ', here already updated (the ordering mistake).'
          : '.')
      );
    case 'sum-of-paths':
      return `How much the total error changes when ${n}’s output changes: the shares of every neuron it feeds, added.`;
    case 'error-slope':
      return `How much the total error changes when ${n}’s output changes.`;
    case 'activation-slope':
      return `How steeply ${n}’s output responds to its net input: the slope of ${activation}.`;
    case 'delta':
      return output && settings.loss === 'ce' && settings.act_o === 'sigmoid'
        ? `The error signal at ${n}’s net input: with cross-entropy and a sigmoid it is simply out − target.`
        : `The error signal at ${n}’s net input: how much the total error changes when it changes.`;
    case 'input':
      return `How much ${n}’s net input changes when ${p} changes: the value ${parameter} multiplies.`;
    case 'bias-gradient':
      return `How much the total error changes when ${p} changes: the error signals of the neurons it feeds, added.`;
    case 'weight-gradient':
      return `How much the total error changes when ${p} changes: ${COUNTS[entry.factors.length] ?? entry.factors.length} factors by the chain rule.`;
    case 'update':
      return `${p} after one step against the gradient: ${parameter} − η · ∂E/∂${parameter}.`;
  }
}
