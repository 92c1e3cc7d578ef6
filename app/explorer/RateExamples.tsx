import { useId } from 'react';
import { ARTICLE_MODEL, DEFAULT_SETTINGS, type Model } from '../engine/model';
import { OSCILLATING_EXAMPLE } from '../engine/train';
import { useAppStore, useAppStoreApi } from '../store/context';
import type { TrainingRunner } from './training-runner';

/** η = 1000 throws the article's sigmoid outputs to 0 and 1 in one step. */
const SATURATING_LR = 1000;
const SATURATING_STEPS = 10;

/**
 * Two learning rates too large, one click each, from the article's values: one
 * that makes the error oscillate, one that saturates the outputs. Each is one
 * undo step, with the error curve cleared.
 */
export function RateExamples({ runner }: { runner: TrainingRunner }) {
  const store = useAppStoreApi();
  const busy = useAppStore((s) => ['running', 'paused'].includes(s.training.status));
  const locked = !useAppStore((s) => s.editable);
  const titleId = useId();

  const run = (lr: number, settings: Partial<Model['settings']>, steps: number) => {
    runner.stop();
    const state = store.getState();
    const model: Model = {
      ...ARTICLE_MODEL,
      params: { ...ARTICLE_MODEL.params, lr },
      settings: { ...DEFAULT_SETTINGS, ...settings },
    };
    if (!state.setModel(model, 'preview')) return;
    state.setLossHistory([]);
    runner.start(steps);
  };

  return (
    <section className="train-section" aria-labelledby={titleId}>
      <h3 id={titleId}>A learning rate too large</h3>
      <p>
        A step too long jumps past the bottom of the valley to the other side, and the error goes up
        and down instead of falling. The article&rsquo;s sigmoid outputs never do that, at any η: a
        long step throws them into the sigmoid&rsquo;s flat ends, where they stay. Tanh outputs,
        four times steeper at 0, overshoot and swing back.
      </p>
      <div className="train-run-buttons">
        <button
          type="button"
          className="tool"
          disabled={busy || locked}
          onClick={() =>
            run(OSCILLATING_EXAMPLE.lr, OSCILLATING_EXAMPLE.settings, OSCILLATING_EXAMPLE.steps)
          }
        >
          Oscillate: η = {OSCILLATING_EXAMPLE.lr}, tanh outputs, {OSCILLATING_EXAMPLE.steps} steps
        </button>
        <button
          type="button"
          className="tool"
          disabled={busy || locked}
          onClick={() => run(SATURATING_LR, {}, SATURATING_STEPS)}
        >
          Saturate: η = {SATURATING_LR}, {SATURATING_STEPS} steps
        </button>
      </div>
    </section>
  );
}
