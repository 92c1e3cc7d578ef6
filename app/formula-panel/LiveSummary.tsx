import { useEffect, useRef } from 'react';
import type { AppState } from '../store/app-store';
import { useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { spokenSummary } from './formula-structure';

/** While a value is dragged (or a training run goes), at most one announcement this often. */
export const SUMMARY_INTERVAL_MS = 1000;

/** "Step 17 of 46: ∂E_total/∂w5 = 0.08217" */
export function stepAnnouncement(state: AppState): string {
  const summary = spokenSummary(state);
  if (summary === '') return '';
  return `Step ${stepIndex(state) + 1} of ${state.trace.entries.length}: ${summary}`;
}

/**
 * The current step, its symbol and value, for screen readers. The patched number
 * slots have no MathML copy, so this polite live region says what they show,
 * written outside React. A new step or a typed value is announced at once; the
 * values of a drag at most once a second, and always the last one.
 */
export function LiveSummary() {
  const store = useAppStoreApi();
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastWrite = -Infinity;
    const write = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      lastWrite = performance.now();
      const text = stepAnnouncement(store.getState());
      if (element.textContent !== text) element.textContent = text;
    };
    // The first text is there before any change, so it is not announced on load.
    element.textContent = stepAnnouncement(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      const moved =
        state.step !== previous.step ||
        state.digits !== previous.digits ||
        state.concealed !== previous.concealed;
      if (!moved && state.trace === previous.trace) return;
      const busy = state.gestureStart !== null || state.training.status === 'running';
      if (!busy) {
        write();
        return;
      }
      if (timer !== undefined) return;
      const wait = Math.max(0, SUMMARY_INTERVAL_MS - (performance.now() - lastWrite));
      timer = setTimeout(write, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store]);
  return <p ref={region} className="visually-hidden" aria-live="polite" aria-atomic="true" />;
}
