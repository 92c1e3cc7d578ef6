import { memo, useEffect, useId, useState } from 'react';
import { formatDisplayNumber } from '../engine/format';
import { useAppStore, useAppStoreApi } from '../store/context';
import {
  ARTICLE_PRINTED,
  ARTICLE_STEPS,
  articleModel,
  articleRuns,
  asPrinted,
  type ArticleRuns,
} from './article-figures';
import type { TrainingRunner } from './training-runner';

/**
 * Why the article's figures after 10,000 updates are not ours, with the runs
 * that reproduce them. Every number but the quoted ones is computed here.
 */
export const ArticleFiguresNote = memo(function ArticleFiguresNote({
  runner,
}: {
  runner: TrainingRunner;
}) {
  const store = useAppStoreApi();
  const digits = useAppStore((s) => s.digits);
  const busy = useAppStore((s) => ['running', 'paused'].includes(s.training.status));
  // Both runs replace the weights: not offered when the store is not editable (edit=0).
  const locked = !useAppStore((s) => s.editable);
  const [runs, setRuns] = useState<ArticleRuns | null>(null);
  const titleId = useId();

  // Three 10,000-step runs take ~15 ms: after the first paint, not before it.
  useEffect(() => {
    const timer = setTimeout(() => setRuns(articleRuns()), 50);
    return () => clearTimeout(timer);
  }, []);

  /** From the article's values, cleared history, one undo step for the whole rerun. */
  const rerun = (hiddenDeltas: 'original' | 'updated') => {
    runner.stop();
    const state = store.getState();
    state.setModel(articleModel(hiddenDeltas), 'preview');
    state.setLossHistory([]);
    runner.start(ARTICLE_STEPS);
  };

  const shown = (value: number) => formatDisplayNumber(value, digits);
  const printed = (value: number, key: keyof typeof ARTICLE_PRINTED) => (
    <strong>{asPrinted(value, ARTICLE_PRINTED[key])}</strong>
  );

  return (
    <section className="train-section article-note" aria-labelledby={titleId}>
      <h3 id={titleId}>Why the article prints other figures</h3>
      {runs ? (
        <>
          <p>
            After {ARTICLE_STEPS.toLocaleString('en-US')} updates from its values, the method the
            article describes gives E<sub>total</sub> = {shown(runs.correct.E_total)}, out
            <sub>o1</sub> = {shown(runs.correct.out_o1)} and out<sub>o2</sub> ={' '}
            {shown(runs.correct.out_o2)}. The article prints {ARTICLE_PRINTED.E_total},{' '}
            {ARTICLE_PRINTED.out_o1} and {ARTICLE_PRINTED.out_o2}:
          </p>
          <ul>
            <li>
              Its outputs come from an ordering mistake: the hidden deltas computed with the
              already-updated w5…w8. With that mistake the run gives out<sub>o1</sub> ={' '}
              {printed(runs.mistaken.out_o1, 'out_o1')}, out<sub>o2</sub> ={' '}
              {printed(runs.mistaken.out_o2, 'out_o2')} (and E<sub>total</sub> ={' '}
              {asPrinted(runs.mistaken.E_total, ARTICLE_PRINTED.E_total)}).
            </li>
            <li>
              Its error, {ARTICLE_PRINTED.E_total}, is the correct method&rsquo;s after{' '}
              {(ARTICLE_STEPS - 1).toLocaleString('en-US')} updates, not{' '}
              {ARTICLE_STEPS.toLocaleString('en-US')}:{' '}
              {printed(runs.correctShort.E_total, 'E_total')}.
            </li>
          </ul>
        </>
      ) : (
        <p>Computing the article&rsquo;s runs…</p>
      )}
      <div className="train-run-buttons">
        <button
          type="button"
          className="tool"
          disabled={busy || locked}
          onClick={() => rerun('updated')}
        >
          Show the article&rsquo;s figures
        </button>
        <button
          type="button"
          className="tool"
          disabled={busy || locked}
          onClick={() => rerun('original')}
        >
          Run the correct method
        </button>
      </div>
      <p className="train-note">
        Both buttons train {ARTICLE_STEPS.toLocaleString('en-US')} steps from the article&rsquo;s
        values; the first switches on the mistake (Settings: hidden deltas from updated weights).
      </p>
    </section>
  );
});
