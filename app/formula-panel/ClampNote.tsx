import type { Clamp } from './clamp-side';

/**
 * Says, on a cross-entropy step, when the output is 0 or 1 to float64 precision:
 * the logarithm would be −∞, so the loss reads out through a clamp at 10⁻¹⁵. The
 * figure shown is then the clamped one, and the learner should know why. Loaded
 * only when that happens (clamp-side.ts tells when).
 */
export function ClampNote({ node, side }: Clamp) {
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
