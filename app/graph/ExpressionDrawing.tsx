import { curveBumpX, line } from 'd3-shape';
import type { ReactNode } from 'react';
import type { ExpressionTrace } from '../engine/expression';
import { formatDisplayNumber } from '../engine/format';
import type { ExpressionLayout, LaidEdge, Point } from './expression-layout';
import { ArrowSvg, EdgePath, LabelledBox } from './GraphParts';

/** Significant digits on the drawing: enough to check a sum by eye, short enough to fit. */
export const LABEL_DIGITS = 4;

/** 'x → +', 'q → ×', 'f → output': how an edge is named in words. */
export function edgeName(trace: ExpressionTrace, from: string, to: string | null): string {
  if (to === null) return `${from} → output`;
  const op = trace.graph.operations.find((o) => o.id === to)!;
  return `${from} → ${op.label}`;
}

export const edgeKey = (from: string, to: string | null) => `${from}>${to ?? 'output'}`;

const path = line<Point>()
  .x((p) => p.x)
  .y((p) => p.y)
  .curve(curveBumpX);

interface ExpressionDrawingProps {
  readonly trace: ExpressionTrace;
  readonly layout: ExpressionLayout;
  readonly showGradients: boolean;
  readonly selected: string;
  readonly onSelect: (key: string) => void;
  /** a sentence saying what the drawing shows, for screen readers */
  readonly summary: string;
  /** a quantity to show as "?" until the learner has predicted it */
  readonly conceal: string | null;
  /** the leaves' input fields, placed over the drawing by the caller */
  readonly children: ReactNode;
}

/**
 * The computational graph, left to right: the leaves' fields, the operations
 * (+, ×) and the output. Above each edge the value flowing forward; below it,
 * once gradients are shown, the gradient of the output with respect to that
 * value, in a second colour and with its name written out (∂f/∂x =), so colour
 * is never the only cue. Clicking an edge selects it for the chain-rule panel.
 */
export function ExpressionDrawing({
  trace,
  layout,
  showGradients,
  selected,
  onSelect,
  summary,
  conceal,
  children,
}: ExpressionDrawingProps) {
  const { graph, leaves, quantities } = trace;
  const valueOf = (id: string) => leaves[id] ?? quantities[id]!;
  const show = (id: string, v: number) =>
    id === conceal ? '?' : formatDisplayNumber(v, LABEL_DIGITS);
  // data-value is what is shown: no exact number behind a question mark.
  const exact = (id: string, v: number) => (id === conceal ? undefined : String(v));
  const compact = layout.mode === 'compact';
  const gradientName = (from: string) => `∂${graph.output}/∂${from}`;

  /** One line, or in compact mode two (name, then value), centred on the edge. */
  const label = (edge: LaidEdge, lastBaseline: number, name: string, id: string, value: number) =>
    compact ? (
      <>
        <tspan x={edge.labelX} y={lastBaseline - layout.lineHeight}>
          {name} =
        </tspan>
        <tspan x={edge.labelX} y={lastBaseline}>
          {show(id, value)}
        </tspan>
      </>
    ) : (
      `${name} = ${show(id, value)}`
    );

  const edgeLabels = (edge: LaidEdge) => {
    const gradient = trace.edges.find((e) => e.from === edge.from && e.to === edge.to)!;
    const gradientValue = quantities[gradient.gradient]!;
    return (
      <>
        <text
          className="expr-forward"
          x={edge.labelX}
          y={edge.aboveY}
          data-widget-quantity={edge.from}
          data-value={exact(edge.from, valueOf(edge.from))}
        >
          {label(edge, edge.aboveY, edge.from, edge.from, valueOf(edge.from))}
        </text>
        {showGradients && (
          <text
            className="expr-gradient"
            x={edge.labelX}
            y={edge.belowY}
            data-widget-quantity={gradient.gradient}
            data-value={exact(gradient.gradient, gradientValue)}
          >
            {label(
              edge,
              edge.belowY + layout.lineHeight,
              gradientName(edge.from),
              gradient.gradient,
              gradientValue,
            )}
          </text>
        )}
      </>
    );
  };

  return (
    <div
      className="expr-figure-frame"
      style={{ width: layout.width * layout.scale, height: layout.height * layout.scale }}
    >
      <div
        className="expr-figure"
        data-mode={layout.mode}
        style={{
          width: layout.width,
          height: layout.height,
          // Narrower than the smallest drawing that fits: shrink all of it, fields included.
          transform: layout.scale < 1 ? `scale(${layout.scale})` : undefined,
        }}
      >
        <ArrowSvg
          className="expr-svg"
          label={summary}
          width={layout.width}
          height={layout.height}
          arrow={{ className: 'expr-arrowhead', size: 12 }}
          style={{ fontSize: layout.fontSize }}
        >
          {(markerEnd) => (
            <>
              {layout.edges.map((edge) => {
                const key = edgeKey(edge.from, edge.to);
                const d = path([...edge.points]) ?? '';
                return (
                  <g
                    key={key}
                    className={key === selected ? 'expr-edge is-selected' : 'expr-edge'}
                    onClick={() => onSelect(key)}
                  >
                    <EdgePath d={d} kind="expr" markerEnd={markerEnd} />
                    {edgeLabels(edge)}
                  </g>
                );
              })}
              {layout.nodes.map((node) => {
                if (node.kind === 'leaf') return null;
                if (node.kind === 'output') {
                  const w = layout.outputWidth;
                  return (
                    <g key="output" className="expr-node expr-output">
                      <LabelledBox
                        x={node.x - w / 2}
                        y={node.y - w / 2}
                        width={w}
                        height={w}
                        rx={6}
                      >
                        {graph.output}
                      </LabelledBox>
                    </g>
                  );
                }
                const op = graph.operations.find((o) => o.id === node.id)!;
                return (
                  <g key={node.id} className="expr-node expr-operation">
                    <circle cx={node.x} cy={node.y} r={layout.radius} />
                    <text x={node.x} y={node.y} dy="0.35em" textAnchor="middle">
                      {op.label}
                    </text>
                  </g>
                );
              })}
            </>
          )}
        </ArrowSvg>
        {children}
      </div>
    </div>
  );
}
