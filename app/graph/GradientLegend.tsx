/**
 * How the edges read once the backward pass reaches them. Shown only then (CSS,
 * from the diagram's data-gradients-shown); the encoding never relies on colour
 * alone: a negative gradient is also dashed.
 */
export function GradientLegend() {
  return (
    <p className="graph-legend">
      <span className="graph-legend-item">
        <svg viewBox="0 0 36 10" aria-hidden="true">
          <line className="graph-legend-line" data-grad="pos" x1="2" y1="5" x2="34" y2="5" />
        </svg>
        ∂E/∂w &gt; 0: the update lowers w
      </span>
      <span className="graph-legend-item">
        <svg viewBox="0 0 36 10" aria-hidden="true">
          <line className="graph-legend-line" data-grad="neg" x1="2" y1="5" x2="34" y2="5" />
        </svg>
        ∂E/∂w &lt; 0 (dashed): the update raises w
      </span>
      <span className="graph-legend-item">thicker: larger |∂E/∂w|</span>
    </p>
  );
}
