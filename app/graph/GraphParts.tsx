import { useId, type CSSProperties, type ReactNode, type Ref } from 'react';

interface ArrowSvgProps {
  readonly className: string;
  /** what the figure shows, for screen readers */
  readonly label: string;
  /** the drawing's own size, and the size it is drawn at (the same unless scaled) */
  readonly width: number;
  readonly height: number;
  readonly drawnWidth?: number;
  readonly drawnHeight?: number;
  /** the arrowhead: its class, and its size in the drawing's pixels */
  readonly arrow: { readonly className: string; readonly size: number };
  readonly style?: CSSProperties;
  readonly svgRef?: Ref<SVGSVGElement>;
  /** the drawing, given the markerEnd that puts an arrowhead on a line */
  readonly children: (markerEnd: string) => ReactNode;
}

/**
 * A computational graph's figure: an SVG image with its label and one
 * arrowhead for its edges, its id unique on the page (a lesson can show two).
 */
export function ArrowSvg({
  className,
  label,
  width,
  height,
  drawnWidth = width,
  drawnHeight = height,
  arrow,
  style,
  svgRef,
  children,
}: ArrowSvgProps) {
  const marker = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg
      ref={svgRef}
      className={className}
      role="img"
      aria-label={label}
      width={drawnWidth}
      height={drawnHeight}
      viewBox={`0 0 ${width} ${height}`}
      style={style}
    >
      <defs>
        <marker
          id={marker}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth={arrow.size}
          markerHeight={arrow.size}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className={arrow.className} />
        </marker>
      </defs>
      {children(`url(#${marker})`)}
    </svg>
  );
}

/**
 * An edge: a wide transparent path that takes the pointer, and the line drawn
 * over it with its arrowhead; classes `${kind}-edge-hit` and `${kind}-edge-line`.
 */
export function EdgePath({ d, kind, markerEnd }: { d: string; kind: string; markerEnd: string }) {
  return (
    <>
      <path d={d} className={`${kind}-edge-hit`} />
      <path d={d} className={`${kind}-edge-line`} markerEnd={markerEnd} />
    </>
  );
}

/** A node drawn as a box with one centred label: a number, or the output's name. */
export function LabelledBox({
  x,
  y,
  width,
  height,
  rx,
  children,
}: {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly rx: number;
  readonly children: ReactNode;
}) {
  return (
    <>
      <rect x={x} y={y} width={width} height={height} rx={rx} />
      <text x={x + width / 2} y={y + height / 2} dy="0.35em" textAnchor="middle">
        {children}
      </text>
    </>
  );
}
