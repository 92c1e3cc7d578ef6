import { memo } from 'react';
import type { Box } from '../graph/geometry';
import { LiveTspan, useRevealProps } from './LiveTspan';

interface WeightNextProps {
  /** the weight: 'w5' */
  readonly param: string;
  /** the line the layout keeps for it, under or over the weight's label */
  readonly box: Box;
  readonly onJump: (step: string) => void;
}

/**
 * A weight's value after the update, "→ 0.3589", by its label once the update
 * phase reaches it (hidden until then). A click shows its step.
 */
export const WeightNext = memo(function WeightNext({ param, box, onJump }: WeightNextProps) {
  const quantity = `${param}_new`;
  const reveal = useRevealProps();
  return (
    <text
      className="graph-node-value graph-weight-next"
      {...reveal(quantity)}
      data-next-of={param}
      x={box.x + box.width / 2}
      y={box.y + box.height / 2}
      dominantBaseline="central"
      textAnchor="middle"
      onClick={() => onJump(quantity)}
    >
      <tspan className="graph-node-key">→ </tspan>
      <LiveTspan quantity={quantity} digits={4} />
    </text>
  );
});
