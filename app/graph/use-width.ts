import { useEffect, useRef, useState } from 'react';

/**
 * The width of the box a figure lives in (CSS px, whole), followed as it
 * changes: the one place figures measure themselves. `fallback` stands until
 * the first measurement; a hidden box (width 0) keeps the last width.
 */
export function useWidth<E extends HTMLElement = HTMLDivElement>(fallback: number) {
  const box = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, width] as const;
}
