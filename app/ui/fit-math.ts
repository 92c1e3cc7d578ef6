/**
 * Display math that is wider than its column: shrunk to fit (down to MIN_SCALE of its
 * size), so a matrix equation on a phone or at 200 % zoom reads whole instead of
 * scrolling inside its line. What still does not fit keeps its own scroll, and is made
 * focusable so the keyboard can scroll it too (WCAG 2.1.1).
 */
export const MIN_SCALE = 0.7;

const SELECTOR = '.katex-display';

/** How much to shrink a formula `natural` pixels wide into `room` pixels (1: not at all). */
export function fitScale(natural: number, room: number): number {
  if (natural <= room + 1 || natural <= 0) return 1;
  return Math.max(MIN_SCALE, Math.floor((room / natural) * 100) / 100);
}

function fitOne(element: HTMLElement): void {
  element.style.fontSize = '';
  const scale = fitScale(element.scrollWidth, element.clientWidth);
  if (scale < 1) element.style.fontSize = `${scale}em`;
  const scrolls = element.scrollWidth > element.clientWidth + 1;
  if (scrolls) element.tabIndex = 0;
  else element.removeAttribute('tabindex');
}

/** Fits every display formula in `root` now and whenever the root's size changes; returns the cleanup. */
export function fitDisplayMath(root: HTMLElement): () => void {
  // Any change of size: a narrower column, or a formula revealed below (a check's worked answer).
  let size = '';
  const fitAll = () => root.querySelectorAll<HTMLElement>(SELECTOR).forEach(fitOne);
  const observer = new ResizeObserver(([entry]) => {
    const next = `${Math.round(entry?.contentRect.width ?? 0)}x${Math.round(entry?.contentRect.height ?? 0)}`;
    if (next === size) return;
    size = next;
    fitAll();
  });
  observer.observe(root);
  fitAll();
  // KaTeX's fonts change every formula's width when they arrive.
  let live = true;
  void document.fonts?.ready.then(() => live && fitAll());
  return () => {
    live = false;
    observer.disconnect();
  };
}
