import '../styles/training.css';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo, useState, useId } from 'react';
import { formatNumber } from '../engine/format';
import { ChartAxes, type Tick } from './ChartAxes';
import {
  chartPoints,
  powerOfTenLabel,
  type HistoryShape as LossHistory,
  type LossPoint,
} from './loss-chart-data';
import { useWidth } from './use-width';

const HEIGHT = 220;
const MARGIN = { top: 20, right: 20, bottom: 42, left: 62 };

export interface EpochLossChartProps {
  /** each update's batch error, at the updates made when it was measured */
  readonly perUpdate: LossHistory;
  /** the mean error over every row, before any epoch and after each (x: epochs) */
  readonly perEpoch: LossHistory;
  readonly updatesPerEpoch: number;
}

/**
 * Training on a dataset, two curves on one axis of updates: each batch's own
 * error (thin and grey: it jumps from batch to batch, since each batch is other
 * rows) and the mean error over every row after each epoch (thick, with a dot
 * per epoch: the curve that says whether the network learns the set). Told
 * apart by line, marker and the legend's words, not by colour alone.
 */
export function EpochLossChart({ perUpdate, perEpoch, updatesPerEpoch }: EpochLossChartProps) {
  const [box, width] = useWidth<HTMLDivElement>(460);
  const [logScale, setLogScale] = useState(false);
  const id = useId();
  const updates = useMemo(() => chartPoints(perUpdate, 600), [perUpdate]);
  const epochs = useMemo(
    () => chartPoints(perEpoch, 300).map((p) => ({ step: p.step * updatesPerEpoch, loss: p.loss })),
    [perEpoch, updatesPerEpoch],
  );
  const innerWidth = Math.max(40, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const drawing =
    epochs.length > 0 ? draw(updates, epochs, logScale, innerWidth, innerHeight) : null;
  const first = perEpoch.values[0];
  const last = perEpoch.values.at(-1);
  const summary =
    first === undefined || last === undefined
      ? 'No training on the dataset yet'
      : `Mean error over every row from ${formatNumber(first, 3)} to ${formatNumber(last, 3)} over ${perEpoch.steps} epochs (${(perEpoch.steps * updatesPerEpoch).toLocaleString('en-US')} updates)`;
  return (
    <div className="loss-chart epoch-chart">
      <div className="loss-chart-controls">
        <label htmlFor={id} className="loss-chart-toggle">
          <input
            id={id}
            type="checkbox"
            checked={logScale}
            onChange={(event) => setLogScale(event.target.checked)}
          />
          Log scale
        </label>
      </div>
      <ul className="epoch-legend">
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="epoch-line" />
            <circle cx="14" cy="5" r="3.5" className="epoch-dot" />
          </svg>
          per epoch: the mean error over every row
        </li>
        <li>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="update-line" />
          </svg>
          per update: that batch’s own error
        </li>
      </ul>
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
              <path d={drawing.updatePath} className="update-line" />
              <path d={drawing.epochPath} className="epoch-line" />
              {drawing.epochDots.map(([x, y], k) => (
                <circle key={k} cx={x} cy={y} r={3} className="epoch-dot" />
              ))}
              <text
                x={innerWidth / 2}
                y={innerHeight + 36}
                textAnchor="middle"
                className="loss-label"
              >
                updates
              </text>
              <text x={-MARGIN.left + 2} y={-8} className="loss-label">
                E
              </text>
            </g>
          </svg>
        ) : (
          <p className="loss-chart-empty">
            No training yet: train some epochs, and both error curves appear here.
          </p>
        )}
      </div>
    </div>
  );
}

/** Dots per epoch while they stay apart; past this many the line alone reads better. */
const MAX_DOTS = 60;

function draw(
  updates: readonly LossPoint[],
  epochs: readonly LossPoint[],
  logScale: boolean,
  width: number,
  height: number,
) {
  const all = [...updates, ...epochs];
  const lastStep = Math.max(...all.map((p) => p.step));
  const x = scaleLinear()
    .domain([0, Math.max(1, lastStep)])
    .range([0, width]);
  const positive = all.map((p) => p.loss).filter((v) => v > 0);
  const high = Math.max(0, ...all.map((p) => p.loss));
  const floor = positive.length > 0 ? Math.min(...positive) : 1e-300;
  const y = logScale
    ? scaleLog()
        .domain([floor, Math.max(high, floor * 10)])
        .range([height, 0])
        .nice()
    : scaleLinear()
        .domain([0, high > 0 ? high : 1])
        .range([height, 0])
        .nice();
  const yOf = (loss: number) => y(logScale ? Math.max(loss, floor) : loss);
  const path = line<LossPoint>()
    .x((p) => x(p.step))
    .y((p) => yOf(p.loss));
  const xTicks: Tick[] = x
    .ticks(width < 260 ? 2 : 4)
    .filter(Number.isInteger)
    .map((t) => ({ at: x(t), label: t.toLocaleString('en-US') }));
  const yTicks: Tick[] = logScale
    ? (y.ticks(4) as number[])
        .filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9)
        .map((t) => ({ at: yOf(t), label: powerOfTenLabel(t) }))
    : y.ticks(4).map((t) => ({ at: y(t), label: formatNumber(t, 3) }));
  return {
    updatePath: path(updates) ?? '',
    epochPath: path(epochs) ?? '',
    epochDots:
      epochs.length <= MAX_DOTS ? epochs.map((p) => [x(p.step), yOf(p.loss)] as const) : [],
    xTicks,
    yTicks,
  };
}
