import { useEffect } from 'react';

/**
 * Advances a step-through while `playing`, at `speed` steps a second. The
 * stores' next() stops playing at the last step, so this never runs past it.
 */
export function useAutoplay(
  store: { getState(): { next(): void } },
  playing: boolean,
  speed: number,
): void {
  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => store.getState().next(), 1000 / speed);
    return () => clearInterval(timer);
  }, [store, playing, speed]);
}
