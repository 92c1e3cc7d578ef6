import { ARTICLE_MODEL, type Model } from '../engine/model';
import { printed } from '../reference/reference';
import { useAppStore, useAppStoreApi } from '../store/context';

/** The article's figure for the error after one update, as it prints it. */
const PRINTED = printed('E_total_after_1_update');

/** 'original' or 'updated' when the model is the article's (but for that setting), else null. */
function articleOrder(model: Model): Model['settings']['hidden_deltas'] | null {
  if (model.sizes.join() !== ARTICLE_MODEL.sizes.join()) return null;
  for (const [id, value] of Object.entries(ARTICLE_MODEL.params)) {
    if (model.params[id] !== value) return null;
  }
  for (const [key, value] of Object.entries(ARTICLE_MODEL.settings)) {
    if (key !== 'hidden_deltas' && model.settings[key as keyof Model['settings']] !== value) {
      return null;
    }
  }
  return model.settings.hidden_deltas;
}

/**
 * At E_total⁺ on the article's network: the article prints another figure here,
 * and why. Its hidden layer's deltas use w5…w8 already updated (the order of its
 * steps slips), which the setting hidden_deltas=updated reproduces.
 */
export function ArticleSlipNote({ step }: { step: string }) {
  const store = useAppStoreApi();
  // A string, not the model: a drag re-renders this only when the network stops (or starts) being the article's.
  const order = useAppStore((s) => (step === 'E_total_new' ? articleOrder(s.model) : null));
  const editable = useAppStore((s) => s.editable);
  if (order === null) return null;
  const setOrder = (value: 'original' | 'updated') =>
    store.getState().setSetting('hidden_deltas', value);
  return (
    <p className="formula-note" data-note="article-slip" role="note">
      {order === 'original' ? (
        <>
          The article prints {PRINTED} here: it computes the hidden layer&rsquo;s deltas with w5…w8
          already updated, a slip in the order of its steps. Every gradient from the weights before
          the update gives the value above. Set hidden deltas to &ldquo;updated&rdquo; (
          <code>hidden_deltas=updated</code>) to see the article&rsquo;s figure.{' '}
        </>
      ) : (
        <>
          The hidden deltas here use w5…w8 already updated, as the article does by a slip in the
          order of its steps: this gives the article&rsquo;s {PRINTED}. The correct order computes
          every gradient from the weights before the update.{' '}
        </>
      )}
      {editable && (
        <button
          type="button"
          className="link-button"
          onClick={() => setOrder(order === 'original' ? 'updated' : 'original')}
        >
          {order === 'original' ? 'Use the article’s order' : 'Back to the correct order'}
        </button>
      )}
    </p>
  );
}
