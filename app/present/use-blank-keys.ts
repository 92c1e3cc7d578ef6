import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';

/**
 * While the screen is blank, any key lifts it and does nothing else (listened in
 * the capture phase, before the page's own shortcuts).
 */
export function useBlankKeys(store: AppStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!store.getState().blank) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      store.getState().setBlank(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}
