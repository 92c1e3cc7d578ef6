import { useEffect, type RefObject } from 'react';
import type { AppStore } from '../store/app-store';
import { attachPlaygroundLive, LIVE_SELECTOR, patchPlayground } from './playground-live';
import type { PlaygroundStore } from './playground-store';

/**
 * Keeps the numbers inside `root` current: patched in place on every change of
 * the playground, on a change of the app's digits, and before React's new
 * elements (a formula, the mode, a step) are painted.
 */
export function usePlaygroundLive(
  app: AppStore,
  store: PlaygroundStore,
  root: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const digits = () => app.getState().digits;
    const off = attachPlaygroundLive(store, element, digits);
    const offDigits = app.subscribe((state, previous) => {
      if (state.digits !== previous.digits)
        patchPlayground(element, store.getState(), state.digits);
    });
    // The patcher's own writes (inside a number) are not news.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof Element && r.target.matches(LIVE_SELECTOR)))) {
        patchPlayground(element, store.getState(), digits());
      }
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => {
      off();
      offDigits();
      observer.disconnect();
    };
  }, [app, store, root]);
}
