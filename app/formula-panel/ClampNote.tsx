import { ceClamped } from '../engine/losses';
import { useAppStore } from '../store/context';

/**
 * Says, on a cross-entropy step, when the output is 0 or 1 to float64 precision:
 * the logarithm would be −∞, so the loss reads out through a clamp at 10⁻¹⁵. The
 * figure shown is then the clamped one, and the learner should know why. Loaded
 * only on a cross-entropy loss step (FormulaPanel.tsx), which the first screen never is.
 * `node`: the output whose loss or loss slope the step computes.
 */
export function ClampNote({ node }: { node: string }) {
  // A boolean, not the value: dragging re-renders this only when the clamp starts or stops.
  const side = useAppStore((s) => {
    if (s.model.settings.loss !== 'ce') return null;
    const out = s.trace.quantities[`out_${node}`];
    if (out === undefined || !ceClamped(out)) return null;
    return out > 0.5 ? 'one' : 'zero';
  });
  if (side === null) return null;
  const bound = side === 'one' ? '1 − 10⁻¹⁵' : '10⁻¹⁵';
  const log = side === 'one' ? 'ln(1 − out)' : 'ln(out)';
  return (
    <p className="formula-note" data-note="ce-clamp" role="note">
      out<sub>{node}</sub> is {side === 'one' ? '1' : '0'} to float64 precision, so {log} would be
      −∞. Cross-entropy uses out<sub>{node}</sub> = {bound} here instead, which keeps E finite; the
      delta out − t needs no clamp.
    </p>
  );
}
