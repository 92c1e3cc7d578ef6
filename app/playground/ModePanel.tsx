import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePlayground, usePlaygroundApi } from './context';

/**
 * Reverse mode (backpropagation) against forward mode (dual numbers), with
 * what each costs on this graph: forward mode needs a pass per leaf, reverse
 * mode one backward pass for them all.
 */
export function ModePanel() {
  const store = usePlaygroundApi();
  const mode = usePlayground((s) => s.mode);
  const seed = usePlayground((s) => s.seed);
  const leaves = usePlayground((s) => s.trace.graph.leaves);
  // The same counts on every trace of one formula: a drag re-renders nothing here.
  const reverse = usePlayground(useShallow((s) => s.trace.cost));
  const forward = usePlayground((s) => s.forwardCost);
  const name = useId();
  const seedId = useId();
  const plural = (n: number, word: string) =>
    `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;
  return (
    <div className="pg-mode">
      <fieldset className="pg-mode-choice">
        <legend>Differentiate by</legend>
        {(
          [
            ['reverse', 'Reverse mode (backpropagation)'],
            ['forward', 'Forward mode (dual numbers)'],
          ] as const
        ).map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name={name}
              value={value}
              checked={mode === value}
              onChange={() => store.getState().setMode(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {mode === 'forward' && (
        <label className="pg-seed" htmlFor={seedId}>
          Pass seeded at{' '}
          <select
            id={seedId}
            value={seed}
            onChange={(event) => store.getState().setSeed(event.target.value)}
          >
            {leaves.map((leaf) => (
              <option key={leaf} value={leaf}>
                {leaf} (ẋ = 1 for {leaf}, 0 for the others)
              </option>
            ))}
          </select>
        </label>
      )}
      <dl className="pg-costs">
        <div data-cost="reverse" data-passes={reverse.passes} data-operations={reverse.operations}>
          <dt>Reverse mode</dt>
          <dd>
            1 forward and 1 backward pass, {plural(reverse.operations, 'operation')}: every leaf’s
            gradient at once.
          </dd>
        </div>
        <div
          data-cost="forward"
          data-passes={forward?.passes}
          data-operations={forward?.operations}
        >
          <dt>Forward mode</dt>
          <dd>
            {forward
              ? `${plural(forward.passes, 'pass')}, one per leaf, ${plural(forward.operations, 'operation')}: each pass gives one leaf’s gradient.`
              : 'a tangent grows past float64 at these values.'}
          </dd>
        </div>
      </dl>
      <p className="pg-mode-why">
        A network has one output (its loss) and millions of weights: one backward pass for all of
        them, rather than a pass per weight. That is why backpropagation is reverse mode.
      </p>
    </div>
  );
}
