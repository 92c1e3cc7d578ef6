import { ceClamped } from '../engine/losses';
import { useAppStore } from '../store/context';

/** The output node whose loss (E_o1) or loss slope (dE_dout_o1) a step computes, if any. */
const LOSS_STEP = /^(?:E_|dE_dout_)(o\d+)$/;

export interface Clamp {
  readonly node: string;
  /** the output is 1 (or 0) to float64 precision */
  readonly side: 'one' | 'zero';
}

/**
 * On a cross-entropy step, whether the output is 0 or 1 to float64 precision, where
 * the loss reads out through a clamp (ClampNote.tsx says so); null otherwise.
 */
export function useClamp(step: string): Clamp | null {
  const node = LOSS_STEP.exec(step)?.[1];
  // A side, not the value: dragging re-renders only when the clamp starts or stops.
  const side = useAppStore((s) => {
    if (node === undefined || s.model.settings.loss !== 'ce') return null;
    const out = s.trace.quantities[`out_${node}`];
    if (out === undefined || !ceClamped(out)) return null;
    return out > 0.5 ? 'one' : 'zero';
  });
  return node === undefined || side === null ? null : { node, side };
}
