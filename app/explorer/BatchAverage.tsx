import { memo } from 'react';
import type { BatchStep } from '../engine/batch';
import { formatTexNumber } from '../engine/format';
import { texOperand } from '../engine/template';
import { Tex } from '../formulas/Tex';

/**
 * The batch's gradient written out with its numbers: the mean (or sum) of the
 * examples' values, as a learner would compute it by hand. Long batches show
 * their first and last terms with an ellipsis between. Memoised, as the table
 * beside it: it holds still while a run animates the panel around it.
 */
export const BatchAverage = memo(function BatchAverage({
  step,
  id,
  digits,
}: {
  step: BatchStep;
  id: string;
  digits: number;
}) {
  const first = step.traces[0]!;
  const symbol = first.entries.find((e) => e.id === id)?.symbol ?? id;
  const values = step.traces.map((t) => t.quantities[id]!);
  const terms = values.map((v) => texOperand(v, digits));
  const shown =
    terms.length <= 6 ? terms.join('+') : `${terms.slice(0, 3).join('+')}+\\dots+${terms.at(-1)}`;
  const n = values.length;
  const sum = step.reduce === 'mean' ? `\\frac{1}{${n}}\\left(${shown}\\right)` : shown;
  const symbolic =
    step.reduce === 'mean'
      ? `\\frac{1}{${n}}\\sum_{k=1}^{${n}} ${symbol}^{(k)}`
      : `\\sum_{k=1}^{${n}} ${symbol}^{(k)}`;
  const tex = `${symbol}^{\\text{batch}}=${symbolic}=${sum}=${formatTexNumber(step.gradients[id]!, digits)}`;
  return (
    // Focusable: a long batch's sum scrolls sideways, and the keyboard must reach it.
    <div
      className="data-average"
      tabIndex={0}
      role="group"
      aria-label={`The batch's ${id}, written out`}
      data-quantity={id}
      data-example="batch"
      data-value={String(step.gradients[id])}
    >
      <Tex tex={tex} display />
    </div>
  );
});
