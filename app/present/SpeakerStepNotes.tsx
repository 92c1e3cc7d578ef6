import { useEffect, useRef } from 'react';
import { describe } from '../formulas/describe';
import { Tex } from '../formulas/Tex';
import { texToText } from '../formulas/tex-text';
import { useAppStore } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { fitDisplayMath } from '../ui/fit-math';
import { LiveValue } from '../ui/LiveValue';

/** The explorer's current step for the speaker: what it means, its formula and value, and what comes next. */
export function SpeakerStepNotes() {
  const index = useAppStore(stepIndex);
  const entries = useAppStore((s) => s.trace.entries);
  const settings = useAppStore((s) => s.model.settings);
  const entry = entries[index];
  const next = entries[index + 1];
  // A long chain rule on a narrow window shrinks to its column, as in the lessons.
  const formula = useRef<HTMLDivElement>(null);
  useEffect(() => (formula.current ? fitDisplayMath(formula.current) : undefined), [entry?.id]);
  if (!entry) return null;
  return (
    <>
      <section className="speaker-current" aria-labelledby="speaker-current-title">
        <p className="speaker-label">
          Current step {index + 1} of {entries.length}
        </p>
        <h2 id="speaker-current-title" className="speaker-title" data-speaker-step={entry.id}>
          {/* A heading needs text of its own: the formula's MathML does not name it. The
              formula below keeps the MathML for reading the maths. */}
          <span className="visually-hidden">{texToText(entry.symbol)}</span>
          <span aria-hidden="true">
            <Tex tex={entry.symbol} />
          </span>
        </h2>
        <p className="speaker-notes">{describe(entry, settings)}</p>
        <div ref={formula} className="speaker-formula">
          <Tex tex={`${entry.symbol} = ${entry.formula}`} display />
        </div>
        <p className="speaker-value">
          Value: <LiveValue quantity={entry.id} />
        </p>
      </section>
      <section className="speaker-next" aria-labelledby="speaker-next-title">
        <h2 id="speaker-next-title" className="speaker-label">
          Next
        </h2>
        {next ? (
          <p className="speaker-next-step" data-speaker-next={next.id}>
            <Tex tex={next.symbol} /> — {describe(next, settings)}
          </p>
        ) : (
          <p className="speaker-next-step">The last step.</p>
        )}
      </section>
    </>
  );
}
