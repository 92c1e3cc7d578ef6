import { formatDisplayNumber } from '../engine/format';
import { texOperand } from '../engine/template';
import type { TraceEntry } from '../engine/trace';
import { Tex } from '../formulas/Tex';

/** One quantity as the article writes it: symbol = formula = numbers = value. */
export function SheetStep({ entry, digits }: { entry: TraceEntry; digits: number }) {
  const value = formatDisplayNumber(entry.value, digits);
  // Leaves like ∂net_o1/∂w5 = out_h1 would repeat the value; show each distinct form once.
  const showSubstituted =
    entry.substituted !== entry.formula && entry.substituted !== texOperand(entry.value);
  return (
    <li className="sheet-step" id={`step-${entry.id}`}>
      <span className="sheet-part">
        <Tex tex={entry.symbol} />
      </span>
      <span className="sheet-part">
        <Tex tex={`=${entry.formula}`} />
      </span>
      {showSubstituted && (
        <span className="sheet-part">
          <Tex tex={`=${entry.substituted}`} />
        </span>
      )}
      <span className="sheet-part">
        <span className="equals" aria-hidden="true">
          =
        </span>{' '}
        <span className="quantity-value" data-quantity={entry.id} data-value={String(entry.value)}>
          {value}
        </span>
      </span>
    </li>
  );
}
