import { gradientId } from '../engine/expression';
import type { LeafNudge } from '../engine/expression-nudge';
import { formatDisplayNumber } from '../engine/format';
import { LABEL_DIGITS } from './ExpressionDrawing';

/** The nudge: small enough that the gradient predicts the change well, big enough to see. */
export const NUDGE = 0.01;

interface ExpressionNudgeProps {
  readonly leaves: readonly string[];
  readonly showGradients: boolean;
  readonly result: LeafNudge | null;
  readonly onNudge: (leaf: string) => void;
  /** a quantity not to give away until the learner has predicted it */
  readonly conceal: string | null;
  /** why the change and the prediction differ, in words, with the cause the engine found */
  readonly why?: { readonly cause: string; readonly words: string } | null;
}

/**
 * "Nudge a by +0.01": the leaf moves, the graph is computed again, and the
 * output's change is set beside the gradient's prediction, Δc ≈ ∂c/∂a · 0.01.
 */
export function ExpressionNudge({
  leaves,
  showGradients,
  result,
  onNudge,
  conceal,
  why = null,
}: ExpressionNudgeProps) {
  const show = (v: number, id?: string) =>
    id !== undefined && id === conceal ? '?' : formatDisplayNumber(v, LABEL_DIGITS);
  return (
    <div className="expr-nudge">
      <div className="expr-nudge-buttons">
        {leaves.map((leaf) => (
          <button key={leaf} type="button" className="tool" onClick={() => onNudge(leaf)}>
            Nudge {leaf} by +{NUDGE}
          </button>
        ))}
      </div>
      <p className="expr-nudge-result" aria-live="polite">
        {result && (
          <>
            <span className="expr-nudge-move">
              {result.subject}: {show(result.from)} → {show(result.to)}; {result.output}:{' '}
              {show(result.before, result.output)} → {show(result.after, result.output)}.
            </span>{' '}
            <span
              className="expr-nudge-compare"
              data-change={String(result.change)}
              data-predicted={String(result.predicted)}
            >
              {result.output} changed by <strong>{show(result.change)}</strong>
              {showGradients ? (
                <>
                  {' '}
                  ≈ ∂{result.output}/∂{result.subject} · {result.epsilon} ={' '}
                  <strong>
                    {show(result.predicted, gradientId(result.output, result.subject))}
                  </strong>
                  {why && (
                    <span className="expr-nudge-why" data-cause={why.cause}>
                      {' '}
                      {why.words}
                    </span>
                  )}
                </>
              ) : (
                <>
                  , about {show(result.change / result.epsilon)} times the nudge. Show the gradients
                  to compare with ∂{result.output}/∂{result.subject}.
                </>
              )}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
