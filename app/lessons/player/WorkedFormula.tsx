import { Tex } from '../../formulas/Tex';
import { useAppStore } from '../../store/context';
import { capitalised, formulaName } from './check-labels';

/**
 * A quantity's formula, worked: its symbols, then the same with the current numbers
 * in, ending in "?" (the last arithmetic is the learner's; Reveal shows the value).
 * Named by what the formula is (the weighted sum, the chain rule …). Each line is
 * inline math, which breaks after its = and + signs: a long sum wraps inside the
 * card instead of running past it.
 */
export function WorkedFormula({ quantity }: { quantity: string }) {
  const trace = useAppStore((s) => s.trace);
  const entry = trace.entries.find((e) => e.id === quantity);
  if (!entry) return null;
  const hasNumbers = entry.substituted !== entry.formula;
  return (
    <div className="check-worked">
      <p className="check-worked-label">{capitalised(formulaName(trace, entry))}, worked:</p>
      <p className="check-worked-line">
        <Tex tex={`\\displaystyle ${entry.symbol} = ${entry.formula}`} />
      </p>
      {hasNumbers && (
        <p className="check-worked-line">
          <Tex tex={`\\displaystyle = ${entry.substituted} = \\;?`} />
        </p>
      )}
    </div>
  );
}
