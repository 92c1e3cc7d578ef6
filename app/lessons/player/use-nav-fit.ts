/**
 * How the lesson navigation fits its row, measured rather than guessed: a lesson can
 * have any number of steps and the row is as wide as the text column. In order of
 * preference: buttons with their words and a dot per step; arrows and the dots;
 * arrows and "5 / 13". Never a second row.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export const NAV_FITS = ['full', 'arrows', 'count'] as const;
export type NavFit = (typeof NAV_FITS)[number];

/** Whether the dots (or, last, the whole row) overflow in the fit now applied. */
function overflows(nav: HTMLElement): boolean {
  const dots = nav.querySelector<HTMLElement>('.lesson-dots');
  const row = nav.scrollWidth > nav.clientWidth + 1;
  const ownRow = dots !== null && dots.offsetParent !== null;
  return row || (ownRow && dots.scrollWidth > dots.clientWidth + 1);
}

export function useNavFit(nav: RefObject<HTMLElement | null>, steps: number): NavFit {
  const [fit, setFit] = useState<NavFit>('full');
  useLayoutEffect(() => {
    const element = nav.current;
    if (!element) return;
    const measure = () => {
      // Try each fit in turn, directly on the element (no render between), and keep the first that fits.
      let chosen: NavFit = 'count';
      for (const candidate of NAV_FITS) {
        element.setAttribute('data-fit', candidate);
        if (!overflows(element)) {
          chosen = candidate;
          break;
        }
      }
      element.setAttribute('data-fit', chosen);
      setFit(chosen);
    };
    measure();
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      measure();
    });
    observer.observe(element);
    // Web fonts change the buttons' widths when they arrive.
    let live = true;
    void document.fonts?.ready.then(() => live && measure());
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [nav, steps]);
  return fit;
}
