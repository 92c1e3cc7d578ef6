/**
 * The service worker's registration (vite-plugin-pwa's, with Workbox's window
 * library): loaded on its own, after the page is up, so a first visit pays nothing
 * for it before it can be used.
 */
import { registerSW } from 'virtual:pwa-register';

/** Registers the worker; `onUpdate` hears of a new version waiting, with the way to reload into it. */
export function registerOffline(onUpdate: (apply: () => void) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
    // Refused (private browsing, a policy, a browser that blocks workers): the app works
    // online as it always has, so there is nothing to tell the learner.
    onRegisterError: () => {},
  });
}
