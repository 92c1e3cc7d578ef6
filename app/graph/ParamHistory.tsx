import { formatDisplayNumber } from '../engine/format';
import { chartPoints, type HistoryShape as LossHistory } from './loss-chart-data';

const WIDTH = 120;
const HEIGHT = 24;

/**
 * Every weight (and learned bias) over the epochs: a small line per parameter
 * from its value before training to its value now, with both numbers written
 * beside it, so that the learning shows as movement and can be read without the
 * picture. Each line has its own vertical scale: a weight that moves by 0.01
 * shows its course as clearly as one that moves by 5; the numbers say how far.
 */
export function ParamHistory({
  params,
  histories,
  labels,
  digits,
}: {
  params: readonly string[];
  histories: readonly LossHistory[];
  labels: Readonly<Record<string, string>>;
  digits: number;
}) {
  if (histories.length === 0 || (histories[0]?.values.length ?? 0) === 0) return null;
  const epochs = histories[0]!.steps;
  return (
    <div
      className="param-history-scroll"
      tabIndex={0}
      role="region"
      aria-label="Weights over the epochs"
    >
      <table className="param-history">
        <caption>
          Each weight over {epochs} {epochs === 1 ? 'epoch' : 'epochs'}: where it started, its
          course, where it is now
        </caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Start</th>
            <th scope="col">Course</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          {params.map((id, k) => {
            const history = histories[k]!;
            const first = history.values[0]!;
            const last = history.values.at(-1)!;
            return (
              <tr key={id}>
                <th scope="row">{labels[id] ?? id}</th>
                <td>{formatDisplayNumber(first, Math.min(digits, 4))}</td>
                <td>
                  <Sparkline history={history} />
                </td>
                <td data-param-now={id} data-value={String(last)}>
                  {formatDisplayNumber(last, Math.min(digits, 4))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Sparkline({ history }: { history: LossHistory }) {
  const points = chartPoints(history, 120);
  const steps = Math.max(1, history.steps);
  let low = Infinity;
  let high = -Infinity;
  for (const p of points) {
    low = Math.min(low, p.loss);
    high = Math.max(high, p.loss);
  }
  const span = high - low || 1;
  const xy = points.map(
    (p) =>
      `${((p.step / steps) * (WIDTH - 4) + 2).toFixed(1)},${(HEIGHT - 2 - ((p.loss - low) / span) * (HEIGHT - 4)).toFixed(1)}`,
  );
  const end = xy.at(-1)!.split(',');
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
      <polyline points={xy.join(' ')} className="param-line" />
      <circle cx={end[0]} cy={end[1]} r={2.5} className="param-dot" />
    </svg>
  );
}
