import { memo, type SVGProps } from 'react';
import { useAppStoreApi } from '../store/context';
import { elementDigits, liveText, REVEAL_OF, unrevealedMark } from '../store/live-values';

interface LiveTspanProps extends Omit<SVGProps<SVGTSpanElement>, 'children'> {
  /** a trace quantity id ('dE_dw5') … */
  readonly quantity?: string;
  /** … or a parameter id ('w5') */
  readonly param?: string;
  /** at most this many significant digits (the diagram is compact) */
  readonly digits?: number;
}

/**
 * LiveValue inside SVG text: a <tspan> with the same data attributes, so
 * live-values.ts patches it in place. It also starts with the right
 * data-unrevealed, since parts of the diagram can mount after the last patch
 * (a new architecture renders new neurons after the store has notified).
 */
export const LiveTspan = memo(function LiveTspan({
  quantity,
  param,
  digits,
  ...rest
}: LiveTspanProps) {
  const state = useAppStoreApi().getState();
  const value =
    quantity !== undefined ? state.trace.quantities[quantity] : state.model.params[param ?? ''];
  const cap = digits === undefined ? undefined : String(digits);
  return (
    <tspan
      {...rest}
      data-live=""
      data-quantity={quantity}
      data-param={param}
      data-digits={cap}
      data-value={value === undefined ? undefined : String(value)}
      data-unrevealed={quantity === undefined ? undefined : unrevealedMark(state, quantity)}
    >
      {value === undefined ? '' : liveText(value, elementDigits(state.digits, cap), undefined)}
    </tspan>
  );
});

/**
 * The attributes of an element that shows or hides with a quantity it does not
 * show itself (a whole line of the diagram, key and all): marked from its first
 * render, as a LiveTspan is, then kept current by the live-values patch.
 */
export function useRevealProps(): (quantity: string) => Record<string, string | undefined> {
  const state = useAppStoreApi().getState();
  return (quantity) => ({
    [REVEAL_OF]: quantity,
    'data-unrevealed': unrevealedMark(state, quantity),
  });
}
