/** A tick on a chart's axis: where (px from the axis's start) and its label. */
export interface Tick {
  readonly at: number;
  readonly label: string;
}

/**
 * The axes of the error charts (the Train tab's and the Data tab's): a grid line
 * and label per y tick, a mark and label per x tick, and the two axis lines, in
 * the plot's own coordinates (origin at its top left).
 */
export function ChartAxes({
  xTicks,
  yTicks,
  width,
  height,
}: {
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly width: number;
  readonly height: number;
}) {
  return (
    <>
      {yTicks.map((tick) => (
        <g key={tick.label} transform={`translate(0,${tick.at})`} className="loss-tick">
          <line x2={width} className="loss-grid" />
          <text x={-6} dy="0.32em" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {xTicks.map((tick) => (
        <g key={tick.label} transform={`translate(${tick.at},${height})`} className="loss-tick">
          <line y2={5} className="loss-axis" />
          <text y={18} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      <line y1={height} x2={width} y2={height} className="loss-axis" />
      <line y2={height} className="loss-axis" />
    </>
  );
}
