import { memo } from 'react';
import { useAppStoreApi } from '../store/context';
import { liveText, unrevealedMark } from '../store/live-values';

interface LiveValueProps {
  /** a trace quantity id ('dE_dw5') … */
  readonly quantity?: string;
  /** … or a parameter id ('w5') */
  readonly param?: string;
  /** 'operand': as inside a formula, negatives in parentheses */
  readonly format?: 'operand';
  readonly className?: string;
}

/**
 * A number that follows the model live. React renders it once; afterwards
 * live-values.ts patches its text, so dragging a weight re-renders nothing.
 */
export const LiveValue = memo(function LiveValue({
  quantity,
  param,
  format,
  className,
}: LiveValueProps) {
  const state = useAppStoreApi().getState();
  const value =
    quantity !== undefined ? state.trace.quantities[quantity] : state.model.params[param ?? ''];
  // Mounted after the last patch (a preview, a tooltip), it must hide an unreached value itself.
  return (
    <span
      className={className ? `live-value ${className}` : 'live-value'}
      data-live=""
      data-quantity={quantity}
      data-param={param}
      data-format={format}
      data-value={value === undefined ? undefined : String(value)}
      data-unrevealed={quantity === undefined ? undefined : unrevealedMark(state, quantity)}
    >
      {value === undefined ? '' : liveText(value, state.digits, format)}
    </span>
  );
});
