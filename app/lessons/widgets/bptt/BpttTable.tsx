import { useId } from 'react';
import type { BpttReading } from '../../../engine/bptt';
import { formatDisplayNumber } from '../../../engine/format';

/** Cells with the trace's numbers are written by the playground's live patcher (data-pg). */
const Live = ({ id }: { readonly id: string }) => (
  <span className="pg-number" data-pg="" data-digits={6} data-quantity={id} />
);

/**
 * Every time step in a row: the state hₜ, what a step back multiplies the
 * gradient by, w·(1 − hₜ²), the state's gradient ∂L/∂hₜ, and w's contribution
 * at that step, ∂L/∂w|ₚₜ = ∂L/∂zₜ · hₜ₋₁ — whose sum is ∂L/∂w.
 */
export function BpttTable({ T, reading }: { readonly T: number; readonly reading: BpttReading }) {
  const captionId = useId();
  const steps = Array.from({ length: T }, (_, k) => k + 1);
  const contribution = (t: number) => (T === 1 ? 'dL_dw' : `dL_dw_via_p${t}`);
  const cut = <span className="bptt-cut-cell">0 (truncated)</span>;
  return (
    <div
      className="pg-table-scroll bptt-table-scroll"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="pg-values-table bptt-table" aria-labelledby={captionId}>
        <caption id={captionId}>Each time step: the state, the factor, and the gradients</caption>
        <thead>
          <tr>
            <th scope="col">t</th>
            <th scope="col">hₜ</th>
            <th scope="col">w·(1 − hₜ²)</th>
            <th scope="col">∂L/∂hₜ</th>
            <th scope="col">w’s share ∂L/∂w|ₚₜ</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((t) => (
            <tr key={t} data-t={t}>
              <th scope="row">{t}</th>
              <td>
                <Live id={`h${t}`} />
              </td>
              <td>{formatDisplayNumber(reading.factors[t - 1]!, 6)}</td>
              <td>{t < reading.reach ? cut : <Live id={`dL_dh${t}`} />}</td>
              <td>{t < reading.reach ? cut : <Live id={contribution(t)} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
