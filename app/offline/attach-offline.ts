/**
 * Offline after the first visit: once the page has loaded and the browser is idle,
 * the service worker is registered; it precaches every page and chunk (see
 * vite.config.ts). A new version is offered (store.newVersion), never forced: a
 * learner mid-lesson reloads when they choose, and their progress and place survive.
 */
import type { AppStore } from '../store/app-store';

export function attachOffline(store: AppStore, win: Window = window): () => void {
  // Inside an LMS the package is the LMS's to serve; a speaker's second window needs no second worker.
  const { scorm, present } = store.getState();
  if (!('serviceWorker' in win.navigator) || scorm !== null || present === 'speaker') {
    return () => {};
  }
  let cancelled = false;
  const register = () => {
    if (cancelled) return;
    void import('./register-offline').then(({ registerOffline }) => {
      if (!cancelled) registerOffline((apply) => store.getState().offerNewVersion(apply));
    });
  };
  // Safari has no requestIdleCallback: a task after the load event does.
  const whenIdle = () => {
    if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(register);
    else win.setTimeout(register, 0);
  };
  if (win.document.readyState === 'complete') whenIdle();
  else win.addEventListener('load', whenIdle, { once: true });
  return () => {
    cancelled = true;
    win.removeEventListener('load', whenIdle);
  };
}
