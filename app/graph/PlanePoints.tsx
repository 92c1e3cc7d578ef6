import { memo } from 'react';
import type { Example } from '../engine/dataset';
import type { PlaneRange } from '../engine/input-plane';

/**
 * Darker than the map's own ends, with a white ring: a blue disc stays visible on
 * the blue region it belongs to, an orange square on the orange one.
 */
export const TARGET_1_FILL = 'rgb(8 48 107)';
export const TARGET_0_FILL = 'rgb(140 45 4)';

/**
 * The examples drawn over a heatmap: target 1 a dark blue disc, target 0 a dark
 * orange square, each ringed in white so it stands out on either colour. Decorative for screen
 * readers: the same points are listed, with the network's outputs, in the table.
 * Memoised: the points stay put while training redraws the heatmap under them
 * every frame, and seven plots of 200 points each were re-rendered with it.
 */
export const PlanePoints = memo(function PlanePoints({
  examples,
  range,
  boundary,
  small = false,
}: {
  readonly examples: readonly Example[];
  readonly range: PlaneRange;
  /** a target at or above this is drawn as class 1 */
  readonly boundary: number;
  readonly small?: boolean;
}) {
  const span = range.max - range.min;
  const radius = (small ? 0.6 : 1) * (examples.length > 40 ? 1.4 : 3);
  return (
    <svg className="plane-points" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      {examples.map((example, k) => {
        const x = ((example.inputs[0]! - range.min) / span) * 100;
        const y = ((range.max - example.inputs[1]!) / span) * 100;
        const high = example.targets[0]! >= boundary;
        return high ? (
          <circle key={k} cx={x} cy={y} r={radius} fill={TARGET_1_FILL} className="plane-point" />
        ) : (
          <rect
            key={k}
            x={x - radius * 0.9}
            y={y - radius * 0.9}
            width={radius * 1.8}
            height={radius * 1.8}
            fill={TARGET_0_FILL}
            className="plane-point"
          />
        );
      })}
    </svg>
  );
});
