import { useCallback, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { moveForKey, navigate, type NavMap } from './graph-nav';

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

/** Moves the focus to the first element after `element` that Tab would reach. */
export function focusAfter(element: Element): boolean {
  for (const candidate of element.ownerDocument.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (element.contains(candidate) || candidate.tabIndex < 0) continue;
    if (!(element.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (candidate.getClientRects().length === 0) continue;
    candidate.focus();
    return true;
  }
  return false;
}

const keyOf = (target: EventTarget) =>
  target instanceof Element ? target.closest('[data-nav]')?.getAttribute('data-nav') : null;

/**
 * The diagram as one Tab stop (a roving tabindex): `current` is the element
 * that takes the Tab, the last one focused; the arrow keys, Home and End move the
 * focus inside (graph-nav.ts); Escape leaves the diagram for what follows it.
 */
export function useGraphKeys(map: NavMap, orientation: 'landscape' | 'portrait') {
  const [active, setActive] = useState<string | null>(null);
  const first = map.columns.find((c) => c.items.length > 0)?.items[0] ?? null;
  const current = active !== null && map.place.has(active) ? active : first;

  const onFocus = useCallback((event: FocusEvent<SVGGElement>) => {
    const key = keyOf(event.target);
    if (key) setActive(key);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const from = keyOf(event.target);
      if (!from) return;
      const root = event.currentTarget;
      if (event.key === 'Escape') {
        event.preventDefault();
        const svg = root.closest('svg') ?? root;
        if (!focusAfter(svg)) (event.target as SVGElement).blur();
        return;
      }
      const move = moveForKey(event.key, orientation);
      if (move === null) return;
      // Owned even at an edge of the diagram: the step-through must not move instead.
      event.preventDefault();
      const to = navigate(map, from, move);
      if (to === from) return;
      root.querySelector<SVGElement>(`[data-nav="${to}"]`)?.focus();
      setActive(to);
    },
    [map, orientation],
  );

  return { current, onFocus, onKeyDown };
}
