import { memo } from 'react';
import type { Box } from '../graph/geometry';
import { LiveTspan, useRevealProps } from './LiveTspan';

interface GradientTipProps {
  /** the parameter: 'w5' */
  readonly param: string;
  /** where the layout puts it: beside the weight's label, over no number (tip-placement.ts) */
  readonly box: Box;
  readonly active: boolean;
}

/**
 * "∂E/∂w5 = 0.08217", beside a weight's label while it is hovered or focused.
 * Always in the document (hidden when inactive), so the live numbers keep it
 * current; hidden too until the backward pass reaches the gradient.
 */
export const GradientTip = memo(function GradientTip({ param, box, active }: GradientTipProps) {
  const prefix = `∂E/∂${param} = `;
  const { x, y, width, height } = box;
  const reveal = useRevealProps();
  return (
    <g
      className="gradient-tip"
      {...reveal(`dE_d${param}`)}
      data-tip-for={param}
      data-active={active ? '' : undefined}
      aria-hidden={active ? undefined : true}
    >
      <rect x={x} y={y} width={width} height={height} rx={6} />
      <text x={x + width / 2} y={y + height / 2} dominantBaseline="central" textAnchor="middle">
        {prefix}
        <LiveTspan quantity={`dE_d${param}`} digits={4} />
      </text>
    </g>
  );
});
