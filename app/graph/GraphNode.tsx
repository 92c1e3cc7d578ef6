import { memo, type KeyboardEvent } from 'react';
import type { GraphNodeLayout } from './layout';
import { hoverProps } from './hover';

interface GraphNodeProps {
  readonly node: GraphNodeLayout;
  /** the accessible name with the current values (graph-names.ts keeps it current) */
  readonly name: string;
  /** the diagram's one Tab stop (roving tabindex) */
  readonly tabbable: boolean;
  /** the step a click shows, if any */
  readonly jump: string | undefined;
  readonly lit: boolean;
  readonly hot: boolean;
  readonly onJump: (step: string) => void;
  readonly onHighlight: (id: string | null) => void;
}

/**
 * One unit of the network: a circle with its name. A button: it shows the step
 * where the unit's own number is worked out (a click, Enter or Space). Its
 * numbers are drawn beside it (NodeValues) and read in its name.
 */
export const GraphNode = memo(function GraphNode({
  node,
  name,
  tabbable,
  jump,
  lit,
  hot,
  onJump,
  onHighlight,
}: GraphNodeProps) {
  const { x, y, r } = node;
  const activate = () => {
    if (jump !== undefined) onJump(jump);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
  return (
    <g
      className="graph-node"
      data-node={node.id}
      data-kind={node.kind}
      data-lit={lit ? '' : undefined}
      data-hot={hot ? '' : undefined}
      data-nav={`node:${node.id}`}
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={name}
      onClick={activate}
      onKeyDown={onKeyDown}
      onFocus={() => onHighlight(node.id)}
      onBlur={() => onHighlight(null)}
      {...hoverProps(node.id, onHighlight)}
    >
      {/* Drawn only while the node has the keyboard focus, clear of hover and step lighting. */}
      <circle className="graph-focus-ring" cx={x} cy={y} r={r + 9} />
      <circle className="graph-node-circle" cx={x} cy={y} r={r} />
      <text className="graph-node-name" x={x} y={y} dominantBaseline="central" textAnchor="middle">
        {node.id}
      </text>
    </g>
  );
});
