import { Tex } from '../../formulas/Tex';
import { useAppStore } from '../../store/context';

/**
 * The chain rule worked for a quantity: its formula, then the same with the current
 * numbers in. The last line ends in "?": the final arithmetic is left to the learner
 * (Reveal shows the value).
 */
export function WorkedFormula({ quantity }: { quantity: string }) {
  const entry = useAppStore((s) => s.trace.entries.find((e) => e.id === quantity));
  if (!entry) return null;
  const hasNumbers = entry.substituted !== entry.formula;
  return (
    <div className="check-worked">
      <p className="check-worked-label">The chain rule, worked:</p>
      <div className="check-worked-math">
        <Tex display tex={`${entry.symbol} = ${entry.formula}`} />
        {hasNumbers && <Tex display tex={`= ${entry.substituted} = \\;?`} />}
      </div>
    </div>
  );
}
