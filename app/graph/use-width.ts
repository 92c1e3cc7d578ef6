import { useLayoutEffect, useRef, useState } from 'react';

/** The width of an element's content box, CSS px. */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  return Math.floor(element.clientWidth - (padding || 0));
}

/**
 * The width of the box a figure lives in (CSS px, whole), followed as it
 * changes: the one place figures measure themselves. `fallback` stands until
 * the first measurement, which is taken before the first paint, so a phone
 * never sees the figure drawn for a wider box. A hidden box (width 0) keeps the
 * last width.
 */
export function useWidth<E extends HTMLElement = HTMLDivElement>(fallback: number) {
  const box = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const first = contentWidth(element);
    if (first > 0) setWidth(first);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width] as const;
}
