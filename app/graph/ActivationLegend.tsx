/** A line sample for the legend, drawn with the same class as its curve. */
function Swatch({ className }: { readonly className: string }) {
  return (
    <svg className="act-swatch" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1="1" y1="6" x2="33" y2="6" className={className} />
    </svg>
  );
}

/**
 * The activation plot's legend. Each curve differs from the others in colour
 * and in line style, so it reads without colour too.
 */
export function ActivationLegend({ name }: { readonly name: string }) {
  return (
    <ul className="act-legend" aria-label="Legend">
      <li>
        <Swatch className="act-f" />
        {name}(x), solid
      </li>
      <li>
        <Swatch className="act-df" />
        {name}′(x), dashed
      </li>
      <li>
        <Swatch className="act-tangent" />
        tangent at the point, dotted
      </li>
    </ul>
  );
}
