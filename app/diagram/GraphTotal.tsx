import { memo } from 'react';
import type { Box } from '../graph/geometry';
import { LiveTspan, useRevealProps } from './LiveTspan';
import type { ValueKeys } from '../graph/value-keys';

interface GraphTotalProps {
  readonly box: Box;
  /** aligned with the targets' column: right-aligned beside it (landscape), left under it */
  readonly align: 'start' | 'end';
  readonly keys: ValueKeys;
  readonly onJump: (step: string) => void;
}

/**
 * The total error, once the step-through reaches it, and the total error after
 * the update (E_total⁺), once the update phase is done: what the step was for.
 * Each line is hidden until reached; a click on one shows its step.
 */
export const GraphTotal = memo(function GraphTotal({ box, align, keys, onJump }: GraphTotalProps) {
  const reveal = useRevealProps();
  const lineGap = (box.height - 4) / 2;
  const x = align === 'end' ? box.x + box.width - 3 : box.x + 3;
  const line = (quantity: string, row: number, after: boolean) => (
    <text
      key={quantity}
      className="graph-node-value graph-total-line"
      {...reveal(quantity)}
      x={x}
      // The box's spare 4 units go between the lines, where a subscript reaches down.
      y={box.y + (row + 0.5) * lineGap + row * 4}
      dominantBaseline="central"
      textAnchor={align}
      onClick={() => onJump(quantity)}
    >
      <tspan className="graph-node-key">
        {keys.loss}
        {keys.total && (
          <tspan className="graph-sub" baselineShift="sub">
            {keys.total}
          </tspan>
        )}
        {after && '⁺'}{' '}
      </tspan>
      <LiveTspan quantity={quantity} digits={4} />
    </text>
  );
  return (
    <g className="graph-total" data-total="">
      {line('E_total', 0, false)}
      {line('E_total_new', 1, true)}
    </g>
  );
});
