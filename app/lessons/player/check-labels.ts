/** Plain names for a check's quantity, for its input's label and its messages. */
import { texToText } from '../../formulas/tex-text';
import type { Trace } from '../../engine/trace';

/** A widget's quantity id as a reader says it: dc_da → ∂c/∂a, df → the slope f′. */
export function widgetQuantityName(id: string): string {
  const partial = /^d([a-z])_d([a-z])$/.exec(id);
  if (partial) return `∂${partial[1]}/∂${partial[2]}`;
  if (id === 'df') return 'the slope f′(x)';
  if (id === 'f') return 'f(x)';
  return id;
}

export function quantityName(trace: Trace, id: string, onWidget: boolean): string {
  if (onWidget) return widgetQuantityName(id);
  const entry = trace.entries.find((e) => e.id === id);
  return entry ? texToText(entry.symbol) : id;
}
