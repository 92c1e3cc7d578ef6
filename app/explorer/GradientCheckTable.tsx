import { useId, useMemo, useRef } from 'react';
import { formatDisplayNumber } from '../engine/format';
import { gradientCheck } from '../engine/gradient-check';
import { useAppStore } from '../store/context';
import { LiveValue } from '../ui/LiveValue';
import { checkRows, formatScientific, paramOfStep } from './check-data';
import { useVisibleSnapshot } from './use-visible-snapshot';

/**
 * Every ∂E/∂p of the backward pass beside a central difference. The check
 * (~1 ms) reruns at most once per frame, and only while the table is on screen.
 */
export function GradientCheckTable() {
  const box = useRef<HTMLElement>(null);
  const { model, trace } = useVisibleSnapshot(box);
  const step = useAppStore((s) => s.step);
  const digits = useAppStore((s) => s.digits);
  const titleId = useId();
  const rows = useMemo(() => checkRows(trace, gradientCheck(model)), [model, trace]);
  const current = step.startsWith('dE_d') ? paramOfStep(step) : null;
  const focus = rows.find((row) => row.param === current);
  const wrong = rows.filter((row) => !row.agrees).map((row) => row.param);

  return (
    <section ref={box} className="check-section" aria-labelledby={titleId}>
      <h3 id={titleId}>Gradient check</h3>
      <p>
        Each ∂E/∂p from the backward pass beside an estimate that needs no calculus, the central
        difference (E(p + h) − E(p − h)) / 2h with h = 10⁻⁶: two extra forward passes.
      </p>
      <p className="check-verdict" data-check-verdict={wrong.length === 0 ? 'agree' : 'differ'}>
        {focus
          ? `This step's ∂E/∂${focus.param}: ${
              focus.agrees ? 'the two agree' : 'the two differ'
            }, to ${formatScientific(focus.difference)}. `
          : ''}
        {wrong.length === 0
          ? 'Every gradient agrees with its estimate.'
          : `${wrong.join(', ')} disagree: the backward pass is not computing the derivative of E${
              model.settings.hidden_deltas === 'updated'
                ? ' (hidden deltas from updated weights: the article’s ordering mistake)'
                : ''
            }.`}
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
                <th scope="row">{row.param}</th>
                <td>
                  <LiveValue quantity={`dE_d${row.param}`} />
                </td>
                <td data-check="numeric" data-value={String(row.numeric)}>
                  {formatDisplayNumber(row.numeric, digits)}
                </td>
                <td
                  data-check="difference"
                  data-value={String(row.difference)}
                  className={row.agrees ? 'check-ok' : 'check-bad'}
                >
                  {formatScientific(row.difference)} {row.agrees ? '✓' : '✗'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
