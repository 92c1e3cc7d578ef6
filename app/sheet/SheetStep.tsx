import { BLANK_TEX, exerciseChain } from '../cli/handout';
import { formatDisplayNumber } from '../engine/format';
import { texOperand } from '../engine/template';
import type { Trace, TraceEntry } from '../engine/trace';
import { Tex } from '../formulas/Tex';

interface SheetStepProps {
  readonly trace: Trace;
  readonly entry: TraceEntry;
  readonly digits: number;
  /** false: the exercise, blanks where the computed numbers go */
  readonly answers: boolean;
}

/** One quantity as the article writes it: symbol = formula = numbers = value (or blanks to fill). */
export function SheetStep({ trace, entry, digits, answers }: SheetStepProps) {
  return (
    <li className="sheet-step" id={`step-${entry.id}`}>
      {answers ? (
        <WorkedParts entry={entry} digits={digits} />
      ) : (
        <ExerciseParts trace={trace} entry={entry} digits={digits} />
      )}
    </li>
  );
}

function WorkedParts({ entry, digits }: { entry: TraceEntry; digits: number }) {
  const value = formatDisplayNumber(entry.value, digits);
  // Leaves like ∂net_o1/∂w5 = out_h1 would repeat the value; show each distinct form once.
  const showSubstituted =
    entry.substituted !== entry.formula && entry.substituted !== texOperand(entry.value);
  return (
    <>
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
    </>
  );
}

/**
 * The exercise's step: the formula with the given numbers in place and blanks
 * for the computed ones, ending in a blank for the answer. No computed number is
 * on the page, not even in an attribute.
 */
function ExerciseParts({ trace, entry, digits }: Omit<SheetStepProps, 'answers'>) {
  const [symbol = '', ...rest] = exerciseChain(trace, entry, digits);
  const last = rest.length - 1;
  return (
    <>
      <span className="sheet-part">
        <Tex tex={symbol} />
      </span>
      {rest.map((part, k) =>
        k === last && part === BLANK_TEX ? (
          <span key={k} className="sheet-part">
            <span className="equals" aria-hidden="true">
              =
            </span>{' '}
            <span className="answer-blank" data-blank={entry.id}>
              <span className="visually-hidden">blank for {entry.id}</span>
            </span>
          </span>
        ) : (
          <span key={k} className="sheet-part">
            <Tex tex={`=${part}`} />
          </span>
        ),
      )}
    </>
  );
}
