/**
 * Which way the diagram runs, from the width of its container: portrait (layers
 * top to bottom) below PORTRAIT_BELOW pixels, where the landscape figure would
 * shrink its text below what a learner can read on a phone. Read from a
 * ResizeObserver into React state: it changes rarely (a phone turned, a window
 * resized), and a change re-renders the diagram with its other layout.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { useHydrating } from '../ui/use-hydrating';
import type { Orientation } from './layout';

/** Below this container width (CSS px) the diagram is drawn in portrait. */
export const PORTRAIT_BELOW = 560;
/**
 * Back to landscape only this much wider: switching can make the page taller
 * or shorter and so show or hide a scroll bar, which changes the width again.
 */
const HYSTERESIS = 24;

export function orientationFor(width: number, current: Orientation | null): Orientation {
  if (current === 'portrait') return width >= PORTRAIT_BELOW + HYSTERESIS ? 'landscape' : current;
  return width < PORTRAIT_BELOW ? 'portrait' : 'landscape';
}

export function useOrientation(container: RefObject<HTMLElement | null>): Orientation {
  // A first guess from the window, so that a phone usually renders once; the
  // layout effect corrects it from the container before anything is painted. The
  // build's markup is landscape, and taking it over starts from what it is.
  const hydrating = useHydrating();
  const [orientation, setOrientation] = useState<Orientation>(() =>
    !hydrating && typeof window !== 'undefined' && window.innerWidth < PORTRAIT_BELOW
      ? 'portrait'
      : 'landscape',
  );
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    // The first measurement decides alone; later ones keep the current orientation near the threshold.
    let measured = false;
    const update = (width: number) => {
      // A hidden container (display: none) measures 0: keep what it had.
      if (width <= 0) return;
      const first = !measured;
      measured = true;
      setOrientation((current) => orientationFor(width, first ? null : current));
    };
    update(element.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  return orientation;
}
