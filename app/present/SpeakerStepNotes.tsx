import { useEffect, useMemo, useRef } from 'react';
import { describe } from '../formulas/describe';
import { slottedLine } from '../formulas/formula-tex';
import { SlottedTex } from '../formula-panel/SlottedTex';
import { Tex } from '../formulas/Tex';
import { useTexHtml } from '../formulas/tex-html';
import { texToText } from '../formulas/tex-text';
import type { TraceEntry } from '../engine/trace';
import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { fitDisplayMath } from '../ui/fit-math';
import { LiveValue } from '../controls/LiveValue';

/** The formula with its numbers in place, kept current as the numbers change (as in the explorer). */
function NumbersLine({ entry }: { entry: TraceEntry }) {
  const store = useAppStoreApi();
  const request = useMemo(() => {
    const { quantities } = store.getState().trace;
    return slottedLine(entry, (id) => id in quantities);
  }, [entry, store]);
  const html = useTexHtml(request);
  if (request === null) return null;
  return <SlottedTex className="speaker-numbers" html={html ?? ''} />;
}

/**
 * The explorer's current step for the speaker: what it means, its formula and value,
 * and what comes next. In a lesson (`beside`), the step of the computation beside the
 * lesson's text, under the page's notes, without a "next" of its own.
 */
export function SpeakerStepNotes({ beside = false }: { beside?: boolean }) {
  const index = useAppStore(stepIndex);
  const entries = useAppStore((s) => s.trace.entries);
  const settings = useAppStore((s) => s.model.settings);
  const names = useAppStore((s) => s.trace.names);
  const entry = entries[index];
  const next = entries[index + 1];
  // A long chain rule on a narrow window shrinks to its column, as in the lessons.
  const formula = useRef<HTMLDivElement>(null);
  useEffect(() => (formula.current ? fitDisplayMath(formula.current) : undefined), [entry?.id]);
  if (!entry) return null;
  const titleId = beside ? 'speaker-step-title' : 'speaker-current-title';
  return (
    <>
      <section
        className={beside ? 'speaker-current speaker-beside' : 'speaker-current'}
        aria-labelledby={titleId}
      >
        <p className="speaker-label">
          {beside ? 'The computation beside the text: step' : 'Current step'} {index + 1} of{' '}
          {entries.length}
        </p>
        <h2
          id={titleId}
          className="speaker-title"
          data-speaker-step={beside ? undefined : entry.id}
          data-speaker-quantity={entry.id}
        >
          {/* A heading needs text of its own: the formula's MathML does not name it. The
              formula below keeps the MathML for reading the maths. */}
          <span className="visually-hidden">{texToText(entry.symbol)}</span>
          <span aria-hidden="true">
            <Tex tex={entry.symbol} />
          </span>
        </h2>
        <p className="speaker-notes">{describe(entry, settings, names)}</p>
        <div ref={formula} className="speaker-formula">
          <Tex tex={`${entry.symbol} = ${entry.formula}`} display />
          <NumbersLine entry={entry} />
        </div>
        <p className="speaker-value">
          {/* Keyed by step: a number element carried over from another step would keep that
              step's hidden mark, which live-values.ts set before React changed its quantity. */}
          Value: <LiveValue key={entry.id} quantity={entry.id} />
        </p>
      </section>
      {!beside && (
        <section className="speaker-next" aria-labelledby="speaker-next-title">
          <h2 id="speaker-next-title" className="speaker-label">
            Next
          </h2>
          {next ? (
            <p className="speaker-next-step" data-speaker-next={next.id}>
              <Tex tex={next.symbol} /> — {describe(next, settings, names)}
            </p>
          ) : (
            <p className="speaker-next-step">The last step.</p>
          )}
        </section>
      )}
    </>
  );
}
