import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import {
  useEffect,
  useEffectEvent,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { ACTIVATIONS, type ActivationId } from '../engine/activations';
import { formatDisplayNumber } from '../engine/format';
import { Tex } from '../formulas/Tex';
import { nudgeValue } from '../ui/number-field';
import { useWidth } from './use-width';
import {
  clampX,
  derivativeTex,
  KEY_STEP,
  pointAt,
  samples,
  tangent,
  X_RANGE,
  type PlotPoint,
} from './activation-plot-data';
import { ActivationLegend } from './ActivationLegend';

const MARGIN = { top: 14, right: 14, bottom: 36, left: 46 };
const READ_DIGITS = 4;

interface ActivationPlotProps {
  readonly activation: ActivationId;
  /** where the point starts */
  readonly x: number;
  /** the point, on mount and whenever it moves */
  readonly onPoint?: (point: PlotPoint) => void;
  /** 'f' or 'df': shown as "?" until the learner has predicted it */
  readonly conceal?: string | null;
}

/**
 * An activation and its derivative over x ∈ [−6, 6], with a point to drag along
 * the curve and the tangent there, whose slope is f'(x). d3 computes the scales
 * and paths; React draws them. The point is a slider: ←/→ move it by 0.1, Shift
 * by 1, and it keeps its keys to itself (data-own-keys).
 */
export function ActivationPlot({
  activation,
  x: startX,
  onPoint,
  conceal = null,
}: ActivationPlotProps) {
  const [x, setX] = useState(() => clampX(startX));
  const [box, width] = useWidth(520);
  const handle = useRef<HTMLDivElement>(null);
  const clipId = `act-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const name = ACTIVATIONS[activation].symbol;

  const point = useMemo(() => pointAt(activation, x), [activation, x]);
  const report = useEffectEvent((p: PlotPoint) => onPoint?.(p));
  useEffect(() => {
    report(point);
  }, [point]);

  const height = Math.round(Math.min(340, Math.max(220, width * 0.56)));
  const innerWidth = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const drawing = useMemo(
    () => draw(activation, innerWidth, innerHeight),
    [activation, innerWidth, innerHeight],
  );
  const { xScale, yScale } = drawing;
  const [t0, t1] = tangent(point);
  const px = MARGIN.left + xScale(point.x);
  const py = MARGIN.top + yScale(point.f);
  const show = (v: number, id?: 'f' | 'df') =>
    id !== undefined && id === conceal ? '?' : formatDisplayNumber(v, READ_DIGITS);
  // data-value is what is shown: no exact number behind a question mark.
  const shownValue = (v: number, id: 'f' | 'df') => (id === conceal ? undefined : String(v));
  // f and f' are tied by the formula: its numbers would give away either one.
  const derivation = derivativeTex(activation, point);
  const parts = conceal === 'f' || conceal === 'df' ? derivation.slice(0, 1) : derivation;

  const moveTo = (clientX: number) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    const raw = xScale.invert(clientX - rect.left - MARGIN.left);
    // Pointer positions are rounded to 0.01: numbers a learner can copy.
    setX(clampX(Math.round(raw * 100) / 100));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    handle.current?.focus({ preventScroll: true });
    moveTo(event.clientX);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 10 * KEY_STEP : KEY_STEP;
    const moves: Record<string, () => number> = {
      ArrowRight: () => nudgeValue(x, step, X_RANGE),
      ArrowUp: () => nudgeValue(x, step, X_RANGE),
      ArrowLeft: () => nudgeValue(x, -step, X_RANGE),
      ArrowDown: () => nudgeValue(x, -step, X_RANGE),
      PageUp: () => nudgeValue(x, 10 * KEY_STEP, X_RANGE),
      PageDown: () => nudgeValue(x, -10 * KEY_STEP, X_RANGE),
      Home: () => X_RANGE[0],
      End: () => X_RANGE[1],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setX(move());
  };

  const valueText = `x = ${show(point.x)}, ${name}(x) = ${show(point.f, 'f')}, ${name}′(x) = ${show(point.df, 'df')}`;
  return (
    <div className="act-plot">
      <ActivationLegend name={name} />
      <div
        ref={box}
        className="act-plot-box"
        style={{ height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        <svg
          role="img"
          aria-label={`Plot of ${name}(x), solid line, and its derivative ${name}′(x), dashed line, for x from −6 to 6, with the tangent at x = ${show(point.x)}.`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          className="act-svg"
        >
          <defs>
            <clipPath id={clipId}>
              <rect width={innerWidth} height={innerHeight} />
            </clipPath>
          </defs>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {drawing.yTicks.map((t) => (
              <g key={t} transform={`translate(0,${yScale(t)})`} className="act-tick">
                <line x2={innerWidth} className={t === 0 ? 'act-zero' : 'act-grid'} />
                <text x={-7} dy="0.32em" textAnchor="end">
                  {formatDisplayNumber(t, 3)}
                </text>
              </g>
            ))}
            {drawing.xTicks.map((t) => (
              <g key={t} transform={`translate(${xScale(t)},${innerHeight})`} className="act-tick">
                <line y1={-innerHeight} className={t === 0 ? 'act-zero' : 'act-grid'} />
                <text y={20} textAnchor="middle">
                  {formatDisplayNumber(t, 3)}
                </text>
              </g>
            ))}
            <line y1={innerHeight} x2={innerWidth} y2={innerHeight} className="act-axis" />
            <line y2={innerHeight} className="act-axis" />
            <g clipPath={`url(#${clipId})`}>
              <path d={drawing.f} className="act-f" />
              <path d={drawing.df} className="act-df" />
              <line
                className="act-tangent"
                x1={xScale(t0.x)}
                y1={yScale(t0.f)}
                x2={xScale(t1.x)}
                y2={yScale(t1.f)}
              />
              <line
                className="act-guide"
                x1={xScale(point.x)}
                x2={xScale(point.x)}
                y1={0}
                y2={innerHeight}
              />
              <rect
                className="act-df-mark"
                x={xScale(point.x) - 5}
                y={yScale(point.df) - 5}
                width={10}
                height={10}
              />
            </g>
            <text x={innerWidth} y={innerHeight + 32} textAnchor="end" className="act-axis-label">
              x
            </text>
          </g>
        </svg>
        <div
          ref={handle}
          className="act-handle"
          style={{ left: px, top: py }}
          role="slider"
          tabIndex={0}
          data-own-keys=""
          aria-label={`Point on the ${name} curve`}
          aria-orientation="horizontal"
          aria-valuemin={X_RANGE[0]}
          aria-valuemax={X_RANGE[1]}
          aria-valuenow={point.x}
          aria-valuetext={valueText}
          onKeyDown={onKeyDown}
        />
      </div>
      <dl className="act-readout">
        <div>
          <dt>x</dt>
          <dd data-widget-quantity="x" data-value={String(point.x)}>
            {formatDisplayNumber(point.x, 6)}
          </dd>
        </div>
        <div>
          <dt>f(x) = {name}(x)</dt>
          <dd data-widget-quantity="f" data-value={shownValue(point.f, 'f')}>
            {show(point.f, 'f')}
          </dd>
        </div>
        <div>
          <dt>f′(x), the tangent’s slope</dt>
          <dd data-widget-quantity="df" data-value={shownValue(point.df, 'df')}>
            {show(point.df, 'df')}
          </dd>
        </div>
      </dl>
      <p className="tex-chain act-derivative">
        {parts.map((part, i) => (
          <Tex key={i} tex={`\\displaystyle ${part}`} />
        ))}
      </p>
    </div>
  );
}

function draw(activation: ActivationId, width: number, height: number) {
  const points = samples(activation);
  let low = 0;
  let high = 0;
  for (const p of points) {
    low = Math.min(low, p.f, p.df);
    high = Math.max(high, p.f, p.df);
  }
  const pad = (high - low) * 0.06;
  const xScale = scaleLinear()
    .domain([...X_RANGE])
    .range([0, width]);
  const yScale = scaleLinear()
    .domain([low - pad, high + pad])
    .range([height, 0])
    .nice();
  const path = (value: (p: PlotPoint) => number) =>
    line<PlotPoint>()
      .x((p) => xScale(p.x))
      .y((p) => yScale(value(p)))(points) ?? '';
  return {
    xScale,
    yScale,
    f: path((p) => p.f),
    df: path((p) => p.df),
    xTicks: xScale.ticks(width < 300 ? 6 : 12),
    yTicks: yScale.ticks(height < 200 ? 4 : 6),
  };
}
