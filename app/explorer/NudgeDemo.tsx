import { useId, useMemo, useRef, useState } from 'react';
import { EngineError } from '../engine/errors';
import { formatDisplayNumber } from '../engine/format';
import { modelNames, paramIds, paramKind, parseNumber } from '../engine/model';
import { useAppStore, useAppStoreApi } from '../store/context';
import { nudgeParam, type ParamNudge } from '../engine/network-nudge';
import { paramOfStep } from './check-data';
import { nudgeWords } from './gap-words';
import { useVisibleSnapshot } from './use-visible-snapshot';

const DEFAULT_EPSILON = '0.001';

/** Reads ε; returns it or why not. */
function readEpsilon(text: string): number | string {
  try {
    const epsilon = parseNumber('ε', text);
    return epsilon === 0 ? 'ε must not be 0: a nudge of 0 changes nothing.' : epsilon;
  } catch (error) {
    if (error instanceof EngineError) return error.message;
    throw error;
  }
}

/**
 * The derivative as a prediction: move one parameter by ε on a copy of the
 * model, and compare the error's change with ∂E/∂p · ε.
 */
export function NudgeDemo() {
  const store = useAppStoreApi();
  const box = useRef<HTMLElement>(null);
  const { model, trace } = useVisibleSnapshot(box);
  const step = useAppStore((s) => s.step);
  const digits = useAppStore((s) => s.digits);
  const [chosen, setChosen] = useState<string | null>(null);
  const [epsilonText, setEpsilonText] = useState(DEFAULT_EPSILON);
  const ids = { title: useId(), param: useId(), epsilon: useId(), error: useId() };

  const choices = useMemo(
    () =>
      paramIds(modelNames(model)).filter((id) => ['weight', 'bias'].includes(paramKind(id) ?? '')),
    [model],
  );
  const fromStep = paramOfStep(trace, step);
  const param =
    chosen && choices.includes(chosen)
      ? chosen
      : fromStep && choices.includes(fromStep)
        ? fromStep
        : choices.includes('w5')
          ? 'w5'
          : (choices[0] ?? '');
  const epsilon = readEpsilon(epsilonText);
  const result = useMemo((): ParamNudge | string => {
    if (typeof epsilon === 'string') return epsilon;
    try {
      return nudgeParam(model, trace, param, epsilon);
    } catch (error) {
      if (error instanceof EngineError) return error.message;
      throw error;
    }
  }, [model, trace, param, epsilon]);
  const show = (v: number) => formatDisplayNumber(v, digits);
  const words = typeof result === 'string' ? null : nudgeWords(result, digits);

  return (
    <section ref={box} className="check-section" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Nudge a parameter</h3>
      <div className="nudge-fields">
        <label htmlFor={ids.param}>Parameter to nudge</label>
        <select id={ids.param} value={param} onChange={(event) => setChosen(event.target.value)}>
          {choices.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
        <label htmlFor={ids.epsilon}>ε, the nudge</label>
        <input
          id={ids.epsilon}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={epsilonText}
          aria-invalid={typeof epsilon === 'string'}
          aria-describedby={typeof result === 'string' ? ids.error : undefined}
          onChange={(event) => setEpsilonText(event.target.value)}
        />
      </div>
      {typeof result === 'string' ? (
        <p id={ids.error} className="train-field-error">
          {result}
        </p>
      ) : (
        <>
          <dl className="nudge-figures">
            <div>
              <dt>ΔE, measured</dt>
              <dd data-nudge="measured" data-value={String(result.change)}>
                {show(result.change)}
              </dd>
            </div>
            <div>
              <dt>∂E/∂{result.subject} · ε, predicted</dt>
              <dd data-nudge="predicted" data-value={String(result.predicted)}>
                {show(result.predicted)}
              </dd>
            </div>
          </dl>
          <p className="nudge-sentence">{words?.compare}</p>
          <p className="nudge-why" data-gap-cause={result.diagnosis.cause}>
            {words?.why}
          </p>
          <button
            type="button"
            className="tool"
            onClick={() => store.getState().setParam(result.subject, result.to)}
          >
            Apply the nudge ({result.subject} ← {show(result.to)})
          </button>
        </>
      )}
    </section>
  );
}
