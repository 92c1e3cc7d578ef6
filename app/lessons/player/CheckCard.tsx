import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatDisplayNumber } from '../../engine/format';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { LiveValue } from '../../controls/LiveValue';
import { judge } from '../judge';
import type { LessonStep } from '../schema';
import { capitalised, formulaName, quantityName } from './check-labels';
import { recordAnswer } from './progress-actions';
import { WorkedFormula } from './WorkedFormula';

type Check = NonNullable<LessonStep['check']>;
type Status = 'open' | 'right' | 'revealed' | 'answered-before';

interface CheckCardProps {
  readonly slug: string;
  readonly stepId: string;
  readonly check: Check;
  /** on a widget step, the widget's latest value of a quantity; undefined otherwise */
  readonly widgetValue?: ((quantity: string) => number | undefined) | undefined;
  /** whether the check was answered on an earlier visit */
  readonly answeredBefore: boolean;
}

/** Wrong tries after which the formula appears, worked with the numbers. */
const WORKED_AFTER = 2;

/** Scrolls as little as needs be to show `last` and then `first` (which wins if both cannot fit). */
function bringIntoView(first: Element | null, last: Element | null) {
  last?.scrollIntoView?.({ block: 'nearest' });
  first?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * "Predict, then reveal": the learner types a number before the value is shown.
 * Each try is answered right under the field, scrolled into view and announced: a
 * wrong one brings a hint, two bring the formula worked with the numbers. A right
 * answer or Reveal shows the value and moves the focus to it; the explorer then
 * shows the quantity (see stepVisibility).
 */
export function CheckCard({ slug, stepId, check, widgetValue, answeredBefore }: CheckCardProps) {
  const store = useAppStoreApi();
  const onWidget = widgetValue !== undefined;
  const name = useAppStore((s) => quantityName(s.trace, check.quantity, onWidget));
  const [status, setStatus] = useState<Status>(answeredBefore ? 'answered-before' : 'open');
  const [text, setText] = useState('');
  const [wrongTries, setWrongTries] = useState(0);
  const [message, setMessage] = useState('');
  const [unreadable, setUnreadable] = useState(false);
  const [shownValue, setShownValue] = useState<number | undefined>(undefined);
  // Each answer the learner gives, so its effects run once per answer, not per render.
  const [answers, setAnswers] = useState(0);
  const id = useId();
  const row = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLDivElement>(null);
  const latest = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (answers === 0) return;
    if (status !== 'open') {
      // The form is gone: the focus goes to the value that replaced it, not to the page.
      result.current?.focus({ preventScroll: true });
      bringIntoView(result.current, latest.current);
      return;
    }
    // The feedback, the newest hint or the worked formula, with the field above them.
    const response = latest.current;
    const worked = response?.querySelector('.check-worked');
    const newest = worked ?? response?.querySelector('.check-hint:last-child');
    bringIntoView(row.current, newest ?? response ?? null);
    if (!worked || typeof ResizeObserver === 'undefined') return;
    // The worked formula grows once its math is drawn: keep it in view as it does.
    const observer = new ResizeObserver(() => bringIntoView(row.current, worked));
    observer.observe(worked);
    return () => observer.disconnect();
  }, [answers, status]);

  const currentValue = () =>
    onWidget ? widgetValue(check.quantity) : store.getState().trace.quantities[check.quantity];
  const valueText = (value: number | undefined) =>
    value === undefined ? 'not available' : formatDisplayNumber(value, store.getState().digits);

  const show = (next: Status) => {
    const value = currentValue();
    setShownValue(value);
    if (next === 'revealed') setMessage(`The value: ${name} = ${valueText(value)}.`);
    setStatus(next);
    setAnswers((n) => n + 1);
    store.getState().setLessonRevealed(true);
  };

  const workedName = () => {
    const entry = store.getState().trace.entries.find((e) => e.id === check.quantity);
    return entry ? formulaName(store.getState().trace, entry) : 'the formula';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = currentValue();
    setAnswers((n) => n + 1);
    if (value === undefined) {
      setMessage('The value is not available yet; try again in a moment.');
      return;
    }
    const verdict = judge(text, value, check.tolerance);
    setUnreadable(verdict.kind === 'unreadable');
    if (verdict.kind === 'unreadable') {
      setMessage(`That is not a number (${verdict.message}) Type a number such as 0.5 or 0,5.`);
      return;
    }
    if (verdict.kind === 'right') {
      show('right');
      setMessage(`Right: ${name} = ${valueText(value)}.`);
      recordAnswer(store, slug, stepId);
      return;
    }
    const tries = wrongTries + 1;
    setWrongTries(tries);
    const more =
      tries >= WORKED_AFTER && !onWidget
        ? ` ${capitalised(workedName())}, worked with the numbers, is below.`
        : check.hintsHtml.length >= tries
          ? ' A hint is below.'
          : '';
    // The try's number keeps two identical wrong answers from sounding like one.
    setMessage(
      `Not quite (try ${tries}): ${formatDisplayNumber(verdict.answer)} is not within ${check.tolerance} of the value.${more}`,
    );
  };

  const again = () => {
    setStatus('open');
    setText('');
    setWrongTries(0);
    setMessage('');
    store.getState().setLessonRevealed(false);
    // The field is back in the next render: put the focus in it, where the learner left off.
    requestAnimationFrame(() => input.current?.focus());
  };

  const hints = check.hintsHtml.slice(0, wrongTries);
  const open = status === 'open';
  return (
    <section className="check-card" aria-labelledby={`${id}-title`} data-status={status}>
      <h3 id={`${id}-title`} className="check-title">
        Predict, then reveal
      </h3>
      <div className="check-prompt" dangerouslySetInnerHTML={{ __html: check.promptHtml }} />
      {open ? (
        <form className="check-form" onSubmit={submit} noValidate>
          <label htmlFor={`${id}-answer`} className="check-label">
            Your answer for {name}
          </label>
          <div className="check-row" ref={row}>
            <input
              ref={input}
              id={`${id}-answer`}
              className="check-input"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              spellCheck={false}
              value={text}
              aria-invalid={unreadable || undefined}
              aria-describedby={`${id}-feedback`}
              onChange={(event) => setText(event.target.value)}
            />
            <button type="submit" className="button">
              Check
            </button>
            <button type="button" className="tool" onClick={() => show('revealed')}>
              Reveal the value
            </button>
          </div>
        </form>
      ) : (
        <div className="check-answer" ref={result} tabIndex={-1}>
          <p className="check-value">
            {status === 'answered-before' && 'You answered this before: '}
            {status === 'revealed' && 'The value: '}
            {name} ={' '}
            {onWidget ? (
              <span className="check-number">{valueText(shownValue)}</span>
            ) : (
              <LiveValue quantity={check.quantity} className="check-number" />
            )}
          </p>
          <button type="button" className="tool" onClick={again}>
            Answer again
          </button>
        </div>
      )}
      <div ref={latest} className="check-response">
        {/* Always in the page, so that screen readers announce each new message in it. */}
        <p
          id={`${id}-feedback`}
          className="check-feedback"
          role="status"
          aria-live="polite"
          data-verdict={open && wrongTries > 0 && !unreadable ? 'wrong' : undefined}
        >
          {message}
        </p>
        {open && hints.length > 0 && (
          <ol className="check-hints" aria-label="Hints">
            {hints.map((html, k) => (
              <li key={k} className="check-hint">
                <span className="check-hint-label">Hint {k + 1}:</span>
                <div dangerouslySetInnerHTML={{ __html: html }} />
              </li>
            ))}
          </ol>
        )}
        {open && wrongTries >= WORKED_AFTER && !onWidget && (
          <WorkedFormula quantity={check.quantity} />
        )}
      </div>
    </section>
  );
}
