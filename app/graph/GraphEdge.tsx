import { memo } from 'react';
import type { GraphEdgeLayout } from './layout';
import { hoverProps } from './hover';

interface GraphEdgeProps {
  readonly edge: GraphEdgeLayout;
  readonly lit: boolean;
  readonly hot: boolean;
  /** its weight was just drawn by an architecture change */
  readonly fresh?: boolean;
  readonly jump: string | undefined;
  readonly onJump: (step: string) => void;
  readonly onHighlight: (id: string | null) => void;
}

/**
 * A connection. Three strokes: a halo that shows when the edge is lit, the line
 * itself (which graph-live.ts colours and widens by its gradient once the
 * backward pass has reached it), and a wide invisible stroke that is easy to
 * point at. A click shows the step of the edge's gradient.
 */
export const GraphEdge = memo(function GraphEdge({
  edge,
  lit,
  hot,
  fresh = false,
  jump,
  onJump,
  onHighlight,
}: GraphEdgeProps) {
  const line = { x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2 };
  const interactive = edge.kind !== 'target' && jump !== undefined;
  return (
    <g
      className="graph-edge"
      data-edge={edge.id}
      data-kind={edge.kind}
      data-lit={lit ? '' : undefined}
      data-hot={hot ? '' : undefined}
      data-fresh={fresh ? '' : undefined}
    >
      <line className="graph-edge-halo" {...line} />
      <line className="graph-edge-line" data-grad-param={edge.param} {...line} />
      {interactive && (
        <line
          className="graph-edge-hit"
          {...line}
          onClick={() => onJump(jump)}
          {...hoverProps(edge.id, onHighlight)}
        >
          <title>{`${edge.param ?? edge.id}${edge.edgeName ? ` (${edge.edgeName})` : ''}: show step ${jump}`}</title>
        </line>
      )}
    </g>
  );
});
