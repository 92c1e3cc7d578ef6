import { formatDisplayNumber } from '../engine/format';

export interface EpochCurve {
  readonly label: string;
  /** the mean error over every example, [0] before training, then after each epoch */
  readonly errors: Float64Array;
  /** the line's dash pattern: the curves are told apart by it and by their labels, not by colour */
  readonly dash: string;
}

const WIDTH = 320;
const HEIGHT = 180;
const PAD = { left: 44, right: 8, top: 8, bottom: 28 };

/**
 * Several training runs' error per epoch on one chart, the error on a log scale
 * (from a quarter to a thousandth it is the ratios that matter), each run dashed
 * its own way and named in the legend with its last error.
 */
export function EpochCurves({ curves, title }: { curves: readonly EpochCurve[]; title: string }) {
  const epochs = Math.max(1, ...curves.map((c) => c.errors.length - 1));
  let low = Infinity;
  let high = -Infinity;
  for (const { errors } of curves)
    for (const e of errors)
      if (e > 0) {
        low = Math.min(low, e);
        high = Math.max(high, e);
      }
  const top = Math.ceil(Math.log10(high));
  const bottom = Math.min(top - 1, Math.floor(Math.log10(low)));
  const x = (epoch: number) => PAD.left + (epoch / epochs) * (WIDTH - PAD.left - PAD.right);
  const y = (error: number) =>
    PAD.top +
    ((top - Math.log10(Math.max(error, 10 ** bottom))) / (top - bottom)) *
      (HEIGHT - PAD.top - PAD.bottom);
  const decades = Array.from({ length: top - bottom + 1 }, (_, k) => bottom + k);
  // At most one point per pixel column: thousands of epochs draw as a few hundred.
  const stride = Math.max(1, Math.floor(epochs / (WIDTH - PAD.left - PAD.right)));
  return (
    <figure className="epoch-curves">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
        {decades.map((d) => (
          <g key={d}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(10 ** d)}
              y2={y(10 ** d)}
              className="epoch-grid"
            />
            <text x={PAD.left - 4} y={y(10 ** d) + 4} textAnchor="end" className="epoch-tick">
              {`1e${d}`}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={HEIGHT - 8} className="epoch-tick">
          0
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} textAnchor="end" className="epoch-tick">
          {epochs.toLocaleString('en-US')} epochs
        </text>
        {curves.map((curve) => {
          const points: string[] = [];
          for (let k = 0; k < curve.errors.length; k += stride)
            points.push(`${x(k).toFixed(1)},${y(curve.errors[k]!).toFixed(1)}`);
          const last = curve.errors.length - 1;
          points.push(`${x(last).toFixed(1)},${y(curve.errors[last]!).toFixed(1)}`);
          return (
            <polyline
              key={curve.label}
              points={points.join(' ')}
              className="epoch-line"
              strokeDasharray={curve.dash}
            />
          );
        })}
      </svg>
      <figcaption>
        <ul className="epoch-legend">
          {curves.map((curve) => (
            <li key={curve.label}>
              <svg viewBox="0 0 24 6" aria-hidden="true" focusable="false">
                <line
                  x1="0"
                  x2="24"
                  y1="3"
                  y2="3"
                  className="epoch-line"
                  strokeDasharray={curve.dash}
                />
              </svg>{' '}
              {curve.label}: error {formatDisplayNumber(curve.errors[0]!, 4)} →{' '}
              <span data-final-error={curve.errors.at(-1)}>
                {formatDisplayNumber(curve.errors.at(-1)!, 4)}
              </span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
