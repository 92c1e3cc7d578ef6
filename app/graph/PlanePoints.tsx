import type { Example } from '../engine/dataset';
import type { PlaneRange } from '../engine/input-plane';
import { HIGH_COLOUR, LOW_COLOUR, type Rgb } from './plane-paint';

const css = (rgb: Rgb) => `rgb(${rgb.join(' ')})`;
export const TARGET_1_FILL = css(HIGH_COLOUR);
export const TARGET_0_FILL = css(LOW_COLOUR);

/**
 * The examples drawn over a heatmap: target 1 a blue disc, target 0 an orange
 * square, each ringed so it stands out on either colour. Decorative for screen
 * readers: the same points are listed, with the network's outputs, in the table.
 */
export function PlanePoints({
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
}
