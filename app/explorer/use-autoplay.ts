import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';

/**
 * Advances the step-through while `playing`, at `speed` steps a second. The
 * store's next() stops playing at the last step, so this never runs past it.
 */
export function useAutoplay(): void {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => store.getState().next(), 1000 / speed);
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}
