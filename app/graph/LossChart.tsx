import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatNumber } from '../engine/format';
import { ChartAxes, type Tick } from './ChartAxes';
import {
  chartPoints,
  lossSummary,
  powerOfTenLabel,
  type HistoryShape,
  type LossPoint,
} from './loss-chart-data';

const HEIGHT = 210;
const MARGIN = { top: 24, right: 26, bottom: 42, left: 62 };
/** The smallest error a log axis shows: an error of exactly 0 sits on this floor. */
const LOG_FLOOR = 1e-300;

/**
 * E_total against the step, over every update since the history was last
 * cleared. d3 computes the scales and the path; React renders them, once per
 * store change, which a training run makes at most once per animation frame.
 */
export function LossChart({
  history,
  onClear,
}: {
  readonly history: HistoryShape;
  /** clears the history (the chart's own button) */
  readonly onClear: () => void;
}) {
  const { values } = history;
  const [logScale, setLogScale] = useState(false);
  const [width, setWidth] = useState(460);
  const box = useRef<HTMLDivElement>(null);
  const checkboxId = useId();

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const points = useMemo(() => chartPoints(history), [history]);
  const summary = lossSummary(history);
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const drawing = points.length > 0 ? draw(points, logScale, innerWidth, innerHeight) : null;

  return (
    <div className="loss-chart">
      <div className="loss-chart-controls">
        <label htmlFor={checkboxId} className="loss-chart-toggle">
          <input
            id={checkboxId}
            type="checkbox"
            checked={logScale}
            onChange={(event) => setLogScale(event.target.checked)}
          />
          Log scale
        </label>
        <button type="button" className="tool" disabled={values.length === 0} onClick={onClear}>
          Clear history
        </button>
      </div>
      <div ref={box} className="loss-chart-box">
        {drawing ? (
          <svg
            role="img"
            aria-label={summary}
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            className="loss-chart-svg"
          >
            <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
              <ChartAxes
                xTicks={drawing.xTicks}
                yTicks={drawing.yTicks}
                width={innerWidth}
                height={innerHeight}
              />
              <path d={drawing.path} className="loss-line" />
              <circle cx={drawing.last[0]} cy={drawing.last[1]} r={3.5} className="loss-dot" />
              <text
                x={innerWidth / 2}
                y={innerHeight + 36}
                textAnchor="middle"
                className="loss-label"
              >
                step
              </text>
              <text x={-MARGIN.left + 2} y={-10} className="loss-label">
                E
                <tspan dy="0.3em" fontSize="0.75em">
                  total
                </tspan>
              </text>
            </g>
          </svg>
        ) : (
          <p className="loss-chart-empty">
            No steps yet: apply an update or train, and the error curve appears here.
          </p>
        )}
      </div>
    </div>
  );
}

function draw(points: readonly LossPoint[], logScale: boolean, width: number, height: number) {
  const lastStep = points[points.length - 1]!.step;
  const x = scaleLinear()
    .domain([0, Math.max(1, lastStep)])
    .range([0, width]);
  let low = Infinity;
  let high = 0;
  let lowPositive = Infinity;
  for (const p of points) {
    low = Math.min(low, p.loss);
    high = Math.max(high, p.loss);
    if (p.loss > 0) lowPositive = Math.min(lowPositive, p.loss);
  }
  const floor = Number.isFinite(lowPositive) ? Math.max(LOG_FLOOR, lowPositive) : LOG_FLOOR;
  const y = logScale
    ? scaleLog()
        .domain([floor, Math.max(high, floor * 10)])
        .range([height, 0])
        .nice()
    : scaleLinear()
        .domain([Math.min(0, low), high > 0 ? high : 1])
        .range([height, 0])
        .nice();
  const yOf = (loss: number) => y(logScale ? Math.max(loss, floor) : loss);
  const path = line<LossPoint>()
    .x((p) => x(p.step))
    .y((p) => yOf(p.loss))(points);
  const last = points[points.length - 1]!;
  const xTicks: Tick[] = x
    .ticks(width < 260 ? 2 : 4)
    .filter(Number.isInteger)
    .map((t) => ({ at: x(t), label: t.toLocaleString('en-US') }));
  const yTicks: Tick[] = logScale ? logTicks(y.domain() as [number, number], yOf) : [];
  if (!logScale) {
    for (const t of y.ticks(4)) yTicks.push({ at: y(t), label: formatNumber(t, 3) });
  }
  return { path: path ?? '', xTicks, yTicks, last: [x(last.step), yOf(last.loss)] as const };
}

/** Powers of ten across the domain, thinned to about five. */
function logTicks([low, high]: [number, number], at: (v: number) => number): Tick[] {
  const from = Math.ceil(Math.log10(low) - 1e-9);
  const to = Math.floor(Math.log10(high) + 1e-9);
  const every = Math.max(1, Math.ceil((to - from + 1) / 5));
  const ticks: Tick[] = [];
  for (let e = to; e >= from; e -= every) {
    const value = 10 ** e;
    ticks.push({ at: at(value), label: powerOfTenLabel(value) });
  }
  return ticks;
}
