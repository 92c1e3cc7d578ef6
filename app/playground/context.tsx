import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlaygroundActions, PlaygroundState, PlaygroundStore } from './playground-store';

const PlaygroundContext = createContext<PlaygroundStore | null>(null);

export function PlaygroundProvider({
  store,
  children,
}: {
  store: PlaygroundStore;
  children: ReactNode;
}) {
  return <PlaygroundContext.Provider value={store}>{children}</PlaygroundContext.Provider>;
}

/** The mounted playground's store, for actions and subscriptions outside render. */
export function usePlaygroundApi(): PlaygroundStore {
  const store = useContext(PlaygroundContext);
  if (!store) throw new Error('usePlayground must be used inside <PlaygroundProvider>.');
  return store;
}

/** A slice of the playground's state; the component re-renders when it changes. */
export function usePlayground<T>(selector: (state: PlaygroundState & PlaygroundActions) => T): T {
  return useStore(usePlaygroundApi(), selector);
}
