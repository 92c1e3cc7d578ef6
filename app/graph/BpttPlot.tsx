import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { formatDisplayNumber } from '../engine/format';
import { useWidth } from './use-width';

/** One time step's |∂L/∂h_t|: null while it is not to be shown yet (a check asks for it). */
export interface StatePoint {
  readonly t: number;
  readonly value: number | null;
  /** the backward pass stops before this step (truncated BPTT): its gradient is taken as 0 */
  readonly cut: boolean;
}

const MARGIN = { top: 14, right: 16, bottom: 40, left: 58 };
const HEIGHT = 240;
/** Below this a gradient is drawn on the floor of the plot: float64 has nothing smaller to say. */
const FLOOR = 1e-300;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** 10⁻⁶ for a power of ten; other ticks unlabelled. */
function powerLabel(value: number): string | null {
  const exponent = Math.round(Math.log10(value));
  if (Math.abs(value / 10 ** exponent - 1) > 1e-9) return null;
  const digits = [...String(Math.abs(exponent))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return exponent === 0 ? '1' : `10${exponent < 0 ? '⁻' : ''}${digits}`;
}

/**
 * |∂L/∂h_t| over the time steps t = 1 … T on a logarithmic scale, so that a
 * gradient that shrinks or grows by the same factor at every step back is a
 * straight line: falling to the left when it vanishes, rising when it explodes.
 * Steps a truncated backward pass does not reach are shaded. d3 computes the
 * scales and the path; React draws them.
 */
export function BpttPlot({ points, label }: { points: readonly StatePoint[]; label: string }) {
  const [box, width] = useWidth(480);

  const T = points.length;
  const innerWidth = Math.max(80, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const drawing = useMemo(() => {
    const shown = points.filter((p) => p.value !== null && !p.cut && Math.abs(p.value) > FLOOR);
    const sizes = shown.map((p) => Math.abs(p.value!));
    const low = sizes.length > 0 ? Math.min(...sizes) : 1e-3;
    const high = sizes.length > 0 ? Math.max(...sizes) : 1;
    // At least two decades, so that a flat line reads as flat and not as noise.
    const lowPower = Math.floor(Math.log10(Math.min(low, high / 100)));
    const highPower = Math.ceil(Math.log10(high));
    const y = scaleLog()
      .domain([10 ** lowPower, 10 ** highPower])
      .range([innerHeight, 0])
      .clamp(true);
    const x = scaleLinear()
      .domain([1, Math.max(2, T)])
      .range(T === 1 ? [innerWidth / 2, innerWidth / 2] : [0, innerWidth]);
    const path =
      line<StatePoint>()
        .x((p) => x(p.t))
        .y((p) => y(Math.abs(p.value!)))
        .defined((p) => p.value !== null && !p.cut && Math.abs(p.value) > FLOOR)(points) ?? '';
    const step = Math.max(1, highPower - lowPower > 12 ? 3 : highPower - lowPower > 6 ? 2 : 1);
    const yTicks: { value: number; label: string }[] = [];
    for (let p = lowPower; p <= highPower; p += step) {
      yTicks.push({ value: 10 ** p, label: powerLabel(10 ** p) ?? '' });
    }
    const every = innerWidth / Math.max(1, T) < 22 ? 5 : 1;
    const xTicks = points.map((p) => p.t).filter((t) => t === 1 || t === T || t % every === 0);
    return { x, y, path, yTicks, xTicks };
  }, [points, T, innerWidth, innerHeight]);
  const { x, y, path, yTicks, xTicks } = drawing;
  const cutUntil = points.filter((p) => p.cut).length;

  return (
    <div ref={box} className="bptt-plot">
      <svg
        role="img"
        aria-label={label}
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        className="bptt-svg"
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {cutUntil > 0 && (
            <g className="bptt-cut">
              <rect x={0} y={0} width={Math.max(0, x(cutUntil + 0.5))} height={innerHeight} />
              <text x={4} y={14}>
                not reached (truncated)
              </text>
            </g>
          )}
          {yTicks.map((tick) => (
            <g key={tick.value} className="bptt-tick" transform={`translate(0,${y(tick.value)})`}>
              <line x1={0} x2={innerWidth} className="bptt-grid" />
              <text x={-8} dy="0.35em" textAnchor="end">
                {tick.label}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <g key={t} className="bptt-tick" transform={`translate(${x(t)},${innerHeight})`}>
              <line y2={5} className="bptt-axis" />
              <text y={18} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
          <line x1={0} x2={innerWidth} y1={innerHeight} y2={innerHeight} className="bptt-axis" />
          <text
            className="bptt-axis-label"
            x={innerWidth / 2}
            y={innerHeight + 34}
            textAnchor="middle"
          >
            time step t
          </text>
          <text
            className="bptt-axis-label"
            transform={`translate(${-48},${innerHeight / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            |∂L/∂hₜ|
          </text>
          <path d={path} className="bptt-line" />
          {points.map((p) =>
            p.value === null || p.cut ? null : (
              <circle
                key={p.t}
                className="bptt-point"
                data-t={p.t}
                data-value={String(p.value)}
                cx={x(p.t)}
                cy={y(Math.max(Math.abs(p.value), FLOOR))}
                r={4}
              >
                <title>{`t = ${p.t}: |∂L/∂h| = ${formatDisplayNumber(Math.abs(p.value), 4)}`}</title>
              </circle>
            ),
          )}
        </g>
      </svg>
    </div>
  );
}
