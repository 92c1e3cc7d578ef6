/** Plain names for a check's quantity and for its worked formula, read from the trace. */
import { ACTIVATIONS } from '../../engine/activations';
import { texToText } from '../../formulas/tex-text';
import type { QuantityKind, Trace, TraceEntry } from '../../engine/trace';

/** A widget's quantity id as a reader says it: dc_da → ∂c/∂a, dL_dh2 → ∂L/∂h2, df → the slope f′. */
export function widgetQuantityName(id: string): string {
  const partial = /^d([A-Za-z])_d([A-Za-z]\d*)$/.exec(id);
  if (partial) return `∂${partial[1]}/∂${partial[2]}`;
  // The dataset widget's: one example's gradient, the batch's mean, the parameter after it.
  const batch = /^dE_d(\w+?)_batch$/.exec(id);
  if (batch) return `the batch’s ∂E/∂${batch[1]}`;
  const example = /^dE_d(\w+?)_(\d+)$/.exec(id);
  if (example) return `∂E/∂${example[1]} of example ${example[2]}`;
  const updated = /^(\w+?)_batch_new$/.exec(id);
  if (updated) return `${updated[1]} after the batch’s update`;
  if (id === 'df') return 'the slope f′(x)';
  if (id === 'f') return 'f(x)';
  return id;
}

export function quantityName(trace: Trace, id: string, onWidget: boolean): string {
  if (onWidget) return widgetQuantityName(id);
  const entry = trace.entries.find((e) => e.id === id);
  return entry ? texToText(entry.symbol) : id;
}

/** What each kind of quantity's formula is, as a learner would call it. */
const FORMULA_NAMES: Readonly<Record<QuantityKind, string>> = {
  'weighted-sum': 'the weighted sum',
  activation: 'the activation',
  'output-error': 'the error of this output',
  'total-error': 'the sum of the errors',
  'error-slope': 'the slope of the error',
  path: 'one path of the chain rule',
  'sum-of-paths': 'the sum over the paths',
  'activation-slope': 'the slope of the activation',
  delta: 'the chain rule',
  input: 'the local gradient',
  'weight-gradient': 'the chain rule',
  'bias-gradient': 'the sum of the deltas',
  update: 'the update rule',
  'error-after-update': 'the error after the update',
};

/**
 * What the formula of a trace entry is: "the weighted sum" for a net input, "the
 * sigmoid" for an output, "the chain rule" for a product of local gradients. Read
 * from the entry's kind (and, for an activation, the network's settings), so a new
 * quantity or lesson needs no label of its own.
 */
export function formulaName(trace: Trace, entry: Pick<TraceEntry, 'kind' | 'layer' | 'factors'>) {
  if (entry.kind === 'activation') {
    const last = entry.layer === trace.names.sizes.length - 1;
    const id = last ? trace.model.settings.act_o : trace.model.settings.act_h;
    return ACTIVATIONS[id].phrase;
  }
  // Under cross-entropy an output's delta is out − target, computed directly: no product.
  if (entry.kind === 'delta' && entry.factors.length === 0) return 'output minus target';
  return FORMULA_NAMES[entry.kind];
}

/** "The weighted sum", for the start of a sentence. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
