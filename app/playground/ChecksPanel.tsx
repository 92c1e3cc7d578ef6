import { useId, useMemo, useRef } from 'react';
import { CHECK_EPSILONS, checkExpression, type LeafCheck } from '../engine/expr-check';
import type { ExprTrace } from '../engine/expr-trace';
import { formatDisplayNumber, superscript } from '../engine/format';
import { formatScientific } from '../explorer/check-data';
import { CAUSE_WORD, checkRowWords, nudgeWords } from '../explorer/gap-words';
import { ExpressionNudge, NUDGE } from '../graph/ExpressionNudge';
import { usePlayground, usePlaygroundApi } from './context';

/** A kink has no derivative to agree with: its words say so instead of the diagnosis's. */
const KINK_WORDS =
  'the slopes on the left and on the right differ however small h is: there is no derivative here, and the backward pass takes one side';

/** 1e-6 as 10⁻⁶. */
const powerOfTen = (value: number) => `10${superscript(String(Math.round(Math.log10(value))))}`;

/** Why a leaf's two numbers differ: a kink, the engine's diagnosis in the explorer's words, or why there is none. */
function WhyWords({ check }: { readonly check: LeafCheck }) {
  if (check.kink) {
    return (
      <>
        <strong>kink</strong>: {KINK_WORDS}
      </>
    );
  }
  if (!check.diagnosis) return <>{check.refused}</>;
  if (check.difference === 0) {
    return (
      <>
        <strong>exact</strong>: the two are the same float64 number
      </>
    );
  }
  return (
    <>
      <strong>{CAUSE_WORD[check.diagnosis.cause]}</strong>:{' '}
      {checkRowWords({ difference: check.difference!, diagnosis: check.diagnosis })}
    </>
  );
}

/** The trace, held still while a leaf is dragged: the checks catch up when it is let go. */
function useSettledTrace(): ExprTrace {
  const held = useRef<ExprTrace | null>(null);
  return usePlayground((s) => {
    if (s.dragging === null || held.current === null) held.current = s.trace;
    return held.current;
  });
}

/**
 * The checks: for every leaf the backward pass's ∂f/∂x beside the central
 * difference at the chosen ε, and why they differ (the engine's diagnosis, told
 * in the explorer's words: the bend, rounding, a wrong derivative — or a kink);
 * then the nudge, Δf against ∂f/∂x · ε.
 */
export function ChecksPanel({ editable }: { readonly editable: boolean }) {
  const store = usePlaygroundApi();
  const trace = useSettledTrace();
  const epsilon = usePlayground((s) => s.epsilon);
  const nudge = usePlayground((s) => s.nudge);
  const checks = useMemo(() => checkExpression(trace, epsilon), [trace, epsilon]);
  const epsilonId = useId();
  const captionId = useId();
  const output = trace.graph.output;
  const show = (value: number | null) => (value === null ? '—' : formatDisplayNumber(value, 10));
  const why = nudge?.diagnosis ? { ...nudge, diagnosis: nudge.diagnosis } : null;
  return (
    <div className="pg-checks">
      <h2 className="pg-panel-heading">Check the gradients</h2>
      <p className="pg-checks-words">
        Nudge each leaf both ways by h = ε·max(1, |x|) and measure (f(x + h) − f(x − h)) / 2h: the
        central difference. The backward pass should agree.
      </p>
      <label className="pg-epsilon" htmlFor={epsilonId}>
        ε{' '}
        <select
          id={epsilonId}
          value={epsilon}
          onChange={(event) => store.getState().setEpsilon(Number(event.target.value))}
        >
          {CHECK_EPSILONS.map((e) => (
            <option key={e} value={e}>
              {powerOfTen(e)}
            </option>
          ))}
        </select>
      </label>
      {/* Focusable: on a phone the table scrolls sideways, and the keyboard must reach it. */}
      <div className="pg-table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="pg-checks-table" aria-labelledby={captionId}>
          <caption id={captionId}>Backward pass against central differences</caption>
          <thead>
            <tr>
              <th scope="col">Leaf</th>
              <th scope="col">Backward ∂{output}/∂x</th>
              <th scope="col">Central difference</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          {/* Each leaf its own body: its numbers, then a line of its own for why they differ,
              which a phone can read without scrolling sideways. */}
          {checks.map((check) => (
            <tbody
              key={check.leaf}
              data-check={check.leaf}
              data-cause={check.kink ? 'kink' : (check.diagnosis?.cause ?? 'refused')}
            >
              <tr>
                <th scope="row">{check.leaf}</th>
                <td data-value={String(check.analytic)}>{show(check.analytic)}</td>
                <td data-value={check.numeric === null ? undefined : String(check.numeric)}>
                  {show(check.numeric)}
                </td>
                <td>{check.difference === null ? '—' : formatScientific(check.difference)}</td>
              </tr>
              <tr className="pg-check-why">
                <td colSpan={4}>
                  <WhyWords check={check} />
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      {editable && (
        <ExpressionNudge
          leaves={trace.graph.leaves}
          showGradients
          result={nudge}
          onNudge={(leaf) => store.getState().nudgeLeaf(leaf, NUDGE)}
          conceal={null}
          why={why && { cause: why.diagnosis.cause, words: nudgeWords(why, 10).why }}
        />
      )}
    </div>
  );
}
