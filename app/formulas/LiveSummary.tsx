import { useEffect, useRef } from 'react';
import { useAppStoreApi } from '../store/context';
import { spokenSummary } from './formula-structure';

/** At most one announcement this often, however fast a weight is dragged. */
export const SUMMARY_INTERVAL_MS = 500;

/**
 * The current step's symbol and value for screen readers. The patched number
 * slots have no MathML copy, so this polite live region says what they show,
 * written outside React and throttled so a drag does not flood the reader.
 */
export function LiveSummary() {
  const store = useAppStoreApi();
  const region = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastWrite = 0;
    const write = () => {
      timer = undefined;
      lastWrite = performance.now();
      const text = spokenSummary(store.getState());
      if (element.textContent !== text) element.textContent = text;
    };
    // The first text is there before any change, so it is not announced on load.
    element.textContent = spokenSummary(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        timer !== undefined ||
        (state.trace === previous.trace &&
          state.step === previous.step &&
          state.digits === previous.digits)
      ) {
        return;
      }
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
