import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * True while a component renders at build time (app/prerender/) and while the page
 * takes that markup over (hydration), false in every render after and in a page
 * rendered afresh. A first render that must match the build's reads this instead
 * of the window.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
}
