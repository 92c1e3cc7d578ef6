/**
 * Where the step-through stands after the model changes under it. A parameter or
 * setting keeps every quantity's id, so the step stays; an architecture change
 * renames and adds quantities, so the step goes to the nearest entry of the same
 * kind (a δ stays on a δ, a weight's gradient on a weight's gradient).
 */
import type { Trace } from '../engine/trace';
import type { AppState } from './app-store';
import { stepIndex } from './step-slice';

/**
 * The step to stand on in a new trace: the same quantity if it is still there;
 * otherwise, when a setting removed it (b1_new goes when biases are fixed), the
 * entry now at the same place; when the architecture changed, the first entry of
 * the same kind in the same layer, or of the same kind.
 */
export function stepIn(trace: Trace, state: Pick<AppState, 'trace' | 'step'>): string {
  if (trace.entries.some((e) => e.id === state.step)) return state.step;
  const index = stepIndex(state);
  const was = state.trace.entries[index];
  const reshaped = trace.names.sizes.join('-') !== state.trace.names.sizes.join('-');
  if (was && reshaped) {
    const sameKind = trace.entries.filter((e) => e.kind === was.kind);
    const found = sameKind.find((e) => e.layer === was.layer) ?? sameKind[0];
    if (found) return found.id;
  }
  return trace.entries[Math.min(index, trace.entries.length - 1)]?.id ?? '';
}
