import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The mounted app's store (for subscriptions outside React's render, as the live formulas use). */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>.');
  return store;
}

/** Reads a slice of the mounted app's state; the component re-renders when that slice changes. */
export function useAppStore<T>(selector: (state: AppState & AppActions) => T): T {
  return useStore(useAppStoreApi(), selector);
}
