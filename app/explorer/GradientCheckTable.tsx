import { useId, useMemo, useRef, useState } from 'react';
import { formatDisplayNumber } from '../engine/format';
import { GRADIENT_CHECK_STEP, GRADIENT_CHECK_STEPS, gradientCheck } from '../engine/gradient-check';
import { weightEdgeName } from '../formulas/weight-edge-name';
import { useAppStore } from '../store/context';
import { LiveValue } from '../controls/LiveValue';
import { formatScientific, paramOfStep, powerOfTen } from './check-data';
import { CAUSE_WORD, checkRowWords, checkSummary } from './gap-words';
import { useVisibleSnapshot } from './use-visible-snapshot';

/**
 * Every ∂E/∂p of the backward pass beside a central difference, and why the two
 * differ. The check (~1 ms) reruns at most once per frame, and only while the
 * table is on screen.
 */
export function GradientCheckTable() {
  const box = useRef<HTMLElement>(null);
  const { model } = useVisibleSnapshot(box);
  // The row of this step's gradient, when the step is one (∂E/∂w5, not w5_new).
  const current = useAppStore((s) => {
    const kind = s.trace.entries.find((e) => e.id === s.step)?.kind;
    return kind === 'weight-gradient' || kind === 'bias-gradient'
      ? paramOfStep(s.trace, s.step)
      : null;
  });
  const names = useAppStore((s) => s.trace.names);
  const digits = useAppStore((s) => s.digits);
  const [h, setH] = useState<number>(GRADIENT_CHECK_STEP);
  const ids = { title: useId(), step: useId() };
  const rows = useMemo(() => gradientCheck(model, h), [model, h]);
  const focus = rows.find((row) => row.param === current);
  const slip =
    model.settings.hidden_deltas === 'updated'
      ? 'hidden deltas from updated weights: the article’s ordering mistake'
      : '';

  return (
    <section ref={box} className="check-section" aria-labelledby={ids.title}>
      <h3 id={ids.title}>Gradient check</h3>
      <p>
        Each ∂E/∂p from the backward pass beside an estimate that needs no calculus, the central
        difference (E(p + h) − E(p − h)) / 2h: two extra forward passes. The check measures it again
        with h ten and a hundred times smaller to tell why the two differ.
      </p>
      <div className="nudge-fields">
        <label htmlFor={ids.step}>h, the step</label>
        <select id={ids.step} value={h} onChange={(event) => setH(Number(event.target.value))}>
          {GRADIENT_CHECK_STEPS.map((choice) => (
            <option key={choice} value={choice}>
              {powerOfTen(choice)}
              {choice === GRADIENT_CHECK_STEP ? ' (usual)' : ''}
            </option>
          ))}
        </select>
      </div>
      <p
        className="check-verdict"
        data-check-verdict={rows.every((row) => row.agrees) ? 'agree' : 'differ'}
      >
        {focus ? `This step’s ∂E/∂${focus.param}: ${checkRowWords(focus)}. ` : ''}
        {checkSummary(rows, slip, focus?.param ?? null)}
      </p>
      <div className="check-table-box">
        <table className="check-table">
          <caption className="visually-hidden">Gradient check of every weight and bias</caption>
          <thead>
            <tr>
              <th scope="col">p</th>
              <th scope="col">∂E/∂p, backward</th>
              <th scope="col">estimate</th>
              <th scope="col">difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.param}
                data-check-param={row.param}
                aria-current={row.param === current ? 'true' : undefined}
              >
                <th scope="row">
                  {row.param}
                  {weightEdgeName(names, row.param) && (
                    <span className="check-edge"> {weightEdgeName(names, row.param)}</span>
                  )}
                </th>
                <td>
                  <LiveValue quantity={`dE_d${row.param}`} />
                </td>
                <td data-check="numeric" data-value={String(row.numeric)}>
                  {formatDisplayNumber(row.numeric, digits)}
                </td>
                <td
                  data-check="difference"
                  data-value={String(row.difference)}
                  data-gap-cause={row.diagnosis.cause}
                  className={row.agrees ? 'check-ok' : 'check-bad'}
                >
                  {formatScientific(row.difference)} {row.agrees ? '✓' : '✗'}{' '}
                  <span className="check-cause">{CAUSE_WORD[row.diagnosis.cause]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
