import { memo } from 'react';
import { useAppStoreApi } from '../../store/context';
import { elementDigits, liveText, unrevealedMark } from '../../store/live-values';

/** A matrix has many cells side by side: five significant digits keep it narrow. */
export const CELL_DIGITS = 5;

interface LiveCellProps {
  /** a trace quantity id ('delta_o1') … */
  readonly quantity?: string;
  /** … or a parameter id ('w5') */
  readonly param?: string;
}

/**
 * One number of a matrix, patched in place by live-values.ts like every live
 * number (data-live), with its digits capped so the matrix stays narrow.
 */
export const LiveCell = memo(function LiveCell({ quantity, param }: LiveCellProps) {
  const state = useAppStoreApi().getState();
  const value =
    quantity !== undefined ? state.trace.quantities[quantity] : state.model.params[param ?? ''];
  const cap = String(CELL_DIGITS);
  return (
    <span
      className="live-value mx-value"
      data-live=""
      data-quantity={quantity}
      data-param={param}
      data-digits={cap}
      data-value={value === undefined ? undefined : String(value)}
      data-unrevealed={quantity === undefined ? undefined : unrevealedMark(state, quantity)}
    >
      {value === undefined ? '' : liveText(value, elementDigits(state.digits, cap), undefined)}
    </span>
  );
});
