import { useId, useState, type FormEvent } from 'react';
import { formatDisplayNumber } from '../../engine/format';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { LiveValue } from '../../ui/LiveValue';
import { judge } from '../judge';
import type { LessonStep } from '../schema';
import { quantityName } from './check-labels';
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

/** Wrong tries after which the worked chain rule appears. */
const WORKED_AFTER = 2;

/**
 * "Predict, then reveal": the learner types a number before the value is shown.
 * A wrong try brings a hint; two bring the chain rule worked with the numbers; the
 * value appears on a right answer or on request, and the explorer's values with it.
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
  const id = useId();

  const currentValue = () =>
    onWidget ? widgetValue(check.quantity) : store.getState().trace.quantities[check.quantity];
  const valueText = (value: number | undefined) =>
    value === undefined ? 'not available' : formatDisplayNumber(value, store.getState().digits);

  const show = (next: Status) => {
    const value = currentValue();
    setShownValue(value);
    if (next === 'revealed') setMessage(`The value: ${name} = ${valueText(value)}.`);
    setStatus(next);
    store.getState().setLessonRevealed(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = currentValue();
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
        ? ' The chain rule, worked with the numbers, is below.'
        : check.hintsHtml.length >= tries
          ? ' A hint is below.'
          : '';
    setMessage(
      `Not quite: ${formatDisplayNumber(verdict.answer)} is not within ${check.tolerance} of the value. Try again.${more}`,
    );
  };

  const again = () => {
    setStatus('open');
    setText('');
    setWrongTries(0);
    setMessage('');
    store.getState().setLessonRevealed(false);
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
          <div className="check-row">
            <input
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
        <div className="check-answer">
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
      <p id={`${id}-feedback`} className="check-feedback" role="status" aria-live="polite">
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
    </section>
  );
}
