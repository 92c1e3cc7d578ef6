import { memo } from 'react';
import type { Box } from './geometry';
import { LiveTspan } from './LiveTspan';
import { METRICS, textBoxWidth } from './metrics';

interface GradientTipProps {
  /** the parameter: 'w5' */
  readonly param: string;
  /** the label the tip belongs to */
  readonly anchor: Box;
  readonly frame: { readonly width: number; readonly height: number };
  readonly active: boolean;
}

const TIP_FONT = METRICS.labelFont;

/**
 * "∂E/∂w5 = 0.08217", over a weight's label while it is hovered or focused.
 * Always in the document (hidden when inactive), so the live numbers keep it
 * current; hidden too until the backward pass reaches the gradient.
 */
export const GradientTip = memo(function GradientTip({
  param,
  anchor,
  frame,
  active,
}: GradientTipProps) {
  const prefix = `∂E/∂${param} = `;
  const width = textBoxWidth(prefix.length + METRICS.valueChars + 1, TIP_FONT);
  const height = METRICS.labelHeight;
  const x = Math.min(frame.width - width - 2, Math.max(2, anchor.x + anchor.width / 2 - width / 2));
  const above = anchor.y - height - 6;
  const y = above >= 2 ? above : anchor.y + anchor.height + 6;
  return (
    <g
      className="gradient-tip"
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
