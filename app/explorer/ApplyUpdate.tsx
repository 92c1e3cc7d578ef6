import { useId, useState } from 'react';
import { formatDisplayNumber } from '../engine/format';
import type { Model } from '../engine/model';
import { useAppStore, useAppStoreApi } from '../store/context';
import { LiveValue } from '../controls/LiveValue';

interface Applied {
  readonly before: number;
  readonly after: number;
  /** the model the update made: the sentence holds only while it is the current one */
  readonly model: Model;
}

/**
 * One gradient step by hand: the trace already holds every w⁺ and the error
 * they give (E_total_new); the button installs them.
 */
export function ApplyUpdate() {
  const store = useAppStoreApi();
  const running = useAppStore((s) => s.training.status === 'running');
  const digits = useAppStore((s) => s.digits);
  const locked = !useAppStore((s) => s.editable);
  const [applied, setApplied] = useState<Applied | null>(null);
  // Any later change (Reset, an edit, undo) makes the sentence stale: it shows only for its model.
  const fresh = useAppStore((s) => applied !== null && s.model === applied.model);
  const titleId = useId();

  const apply = () => {
    const before = store.getState().trace.quantities.E_total;
    if (!store.getState().applyUpdate() || before === undefined) return;
    const { trace, model } = store.getState();
    const after = trace.quantities.E_total;
    if (after !== undefined) setApplied({ before, after, model });
  };

  return (
    <section className="train-section" aria-labelledby={titleId}>
      <h3 id={titleId}>One update</h3>
      <p>
        Now E<sub>total</sub> = <LiveValue quantity="E_total" />. After one update, every weight w ←
        w⁺ = w − η ∂E/∂w, it will be <LiveValue quantity="E_total_new" />.
      </p>
      <button type="button" className="button" disabled={running || locked} onClick={apply}>
        Apply one update (w ← w⁺)
      </button>
      <p role="status" className="train-result">
        {applied && fresh && (
          <>
            E<sub>total</sub> went from{' '}
            <span className="train-before" data-value={String(applied.before)}>
              {formatDisplayNumber(applied.before, digits)}
            </span>{' '}
            to{' '}
            <span className="train-after" data-value={String(applied.after)}>
              {formatDisplayNumber(applied.after, digits)}
            </span>
            .
          </>
        )}
      </p>
    </section>
  );
}
