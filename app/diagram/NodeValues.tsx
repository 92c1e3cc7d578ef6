import { memo, type MouseEvent } from 'react';
import type { Box } from '../graph/geometry';
import type { GraphNodeLayout } from '../graph/layout';
import { LiveTspan, useRevealProps } from './LiveTspan';
import { METRICS } from '../graph/metrics';
import { wrapsBeside, type ValueKeys } from '../graph/value-keys';

interface NodeValuesProps {
  readonly node: GraphNodeLayout;
  /** for a target, the output it belongs to: t1 → o1 */
  readonly output?: string | undefined;
  readonly keys: ValueKeys;
  readonly onJump: (step: string) => void;
}

interface Line {
  readonly key: string;
  readonly quantity: string;
}

/**
 * The numbers the step-through has worked out at a node, each hidden until it is
 * reached (live-values.ts marks it): a neuron's net and out, then its ∂E/∂out and
 * δ; a target's error. They are drawn outside the node's button, whose name
 * carries them in full (graph-names.ts), so the button's name holds all its
 * visible text; a click on a number shows its step.
 */
export const NodeValues = memo(function NodeValues({
  node,
  output,
  keys,
  onJump,
}: NodeValuesProps) {
  const { id, values, gradients, error } = node;
  // The layout sizes each box in lines of one height, at the text size it laid out for.
  const lineGap = values ? (values.height - 4) / 2 : error ? error.height - 4 : METRICS.lineGap;
  const onClick = (event: MouseEvent<SVGGElement>) => {
    const quantity = (event.target as Element)
      .closest('text')
      ?.querySelector('[data-quantity]')
      ?.getAttribute('data-quantity');
    if (quantity) onJump(quantity);
  };
  return (
    <g className="graph-node-values" data-values-of={id} onClick={onClick}>
      {values && (
        <Lines
          node={node}
          box={values}
          lineGap={lineGap}
          lines={[
            { key: keys.net, quantity: `net_${id}` },
            { key: keys.out, quantity: `out_${id}` },
          ]}
        />
      )}
      {gradients && (
        <Lines
          node={node}
          box={gradients}
          className="graph-gradient-line"
          lineGap={lineGap}
          lines={[
            { key: keys.dE_dout, quantity: `dE_dout_${id}` },
            { key: keys.delta, quantity: `delta_${id}` },
          ]}
        />
      )}
      {error && output !== undefined && (
        <ErrorLine node={node} output={output} box={error} keys={keys} lineGap={lineGap} />
      )}
    </g>
  );
});

/** Lines in a box: beside the node (a phone), left-aligned; above or below it, centred. */
function Lines({
  node,
  box,
  className,
  lineGap,
  lines,
}: {
  node: GraphNodeLayout;
  box: Box;
  className?: string;
  lineGap: number;
  lines: readonly Line[];
}) {
  const reveal = useRevealProps();
  const beside = box.x > node.x;
  const x = beside ? box.x + METRICS.valueInset : box.x + box.width / 2;
  // Beside a node there is room for "net −0.1235" only: a longer key has its value under it.
  const wraps = lines.map(({ key }) => beside && wrapsBeside(key));
  const rows = wraps.map((_, k) => wraps.slice(0, k).reduce((sum, w) => sum + (w ? 2 : 1), 0));
  return lines.map(({ key, quantity }, k) => {
    const y = box.y + (rows[k]! + 0.5) * lineGap + 2;
    const wrap = wraps[k]!;
    return (
      <text
        key={quantity}
        className={className ? `graph-node-value ${className}` : 'graph-node-value'}
        {...reveal(quantity)}
        x={x}
        y={y}
        dominantBaseline="central"
        textAnchor={beside ? 'start' : 'middle'}
      >
        <tspan className="graph-node-key">{wrap ? key : `${key} `}</tspan>
        <LiveTspan
          quantity={quantity}
          digits={4}
          {...(wrap ? { x: x + METRICS.valueInset * 3, dy: lineGap } : {})}
        />
      </text>
    );
  });
}

/** A target's error, "E_o1 0.2748", under its value. */
function ErrorLine({
  node,
  output,
  box,
  keys,
  lineGap,
}: {
  node: GraphNodeLayout;
  output: string;
  box: Box;
  keys: ValueKeys;
  lineGap: number;
}) {
  const reveal = useRevealProps();
  const beside = box.x > node.x;
  return (
    <text
      className="graph-node-value graph-target-error"
      {...reveal(`E_${output}`)}
      x={beside ? box.x + METRICS.valueInset : box.x + box.width / 2}
      y={box.y + lineGap / 2 + 2}
      dominantBaseline="central"
      textAnchor={beside ? 'start' : 'middle'}
    >
      <tspan className="graph-node-key">
        {keys.loss}
        <tspan className="graph-sub" baselineShift="sub">
          {output}
        </tspan>{' '}
      </tspan>
      <LiveTspan quantity={`E_${output}`} digits={4} />
    </text>
  );
}
