import { useEffect } from 'react';
import type { AppStore } from '../store/app-store';
import { attachPresentSync } from './attach-present-sync';

/** Keeps this presenter window on the state shared with the others (attach-present-sync.ts). */
export function usePresentSync(store: AppStore): void {
  useEffect(() => attachPresentSync(store), [store]);
}
