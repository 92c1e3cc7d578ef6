import { memo, type KeyboardEvent } from 'react';
import type { GraphNodeLayout } from './layout';
import { LiveTspan } from './LiveTspan';
import { METRICS } from './metrics';
import { hoverProps } from './hover';

interface GraphNodeProps {
  readonly node: GraphNodeLayout;
  /** the accessible name with the current values (graph-names.ts keeps it current) */
  readonly name: string;
  /** the diagram's one Tab stop (roving tabindex) */
  readonly tabbable: boolean;
  /** the step a click shows, if any */
  readonly jump: string | undefined;
  /** what net and out are called in the chosen notation */
  readonly keys: readonly [string, string];
  readonly lit: boolean;
  readonly hot: boolean;
  readonly onJump: (step: string) => void;
  readonly onHighlight: (id: string | null) => void;
}

/**
 * One unit of the network: a circle with its name, and for a neuron its net
 * input and output once the forward pass has reached them. A button: it shows
 * the step where the unit's own number is worked out (a click, Enter or Space).
 */
export const GraphNode = memo(function GraphNode({
  node,
  name,
  tabbable,
  jump,
  keys,
  lit,
  hot,
  onJump,
  onHighlight,
}: GraphNodeProps) {
  const { x, y, r, values } = node;
  const activate = () => {
    if (jump !== undefined) onJump(jump);
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate();
    }
  };
  // The layout sizes the values box as two lines and a margin, at whatever text size it laid out for.
  const lineGap = values ? (values.height - 4) / 2 : METRICS.lineGap;
  const lineY = (k: number) => (values ? values.y + (k + 0.5) * lineGap + 2 : 0);
  // Values beside the node (portrait) read from the node outwards; below it, centred.
  const beside = values !== undefined && values.x > x;
  const valueX = !values ? x : beside ? values.x + METRICS.valueInset : x;
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
      {values &&
        (['net', 'out'] as const).map((kind, k) => (
          <text
            key={kind}
            className="graph-node-value"
            x={valueX}
            y={lineY(k)}
            dominantBaseline="central"
            textAnchor={beside ? 'start' : 'middle'}
          >
            <tspan className="graph-node-key">{keys[k]} </tspan>
            <LiveTspan quantity={`${kind}_${node.id}`} digits={4} />
          </text>
        ))}
    </g>
  );
});
