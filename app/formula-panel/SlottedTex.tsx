import { useLayoutEffect, useRef } from 'react';
import { useAppStoreApi } from '../store/context';
import { patchLiveValues } from '../store/live-values';

interface SlottedTexProps {
  /** KaTeX HTML with \htmlData number slots (see slot-tex.ts) */
  readonly html: string;
  readonly className?: string;
}

/**
 * KaTeX output whose numbers live-values.ts keeps current. React writes the HTML
 * only when `html` changes (a new structure); the slots are then filled in the
 * same frame, in the form every later patch writes, so nothing shifts on the
 * first drag.
 */
export function SlottedTex({ html, className }: SlottedTexProps) {
  const store = useAppStoreApi();
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (root.current) patchLiveValues(root.current, store.getState(), false);
  }, [html, store]);
  return (
    <div
      ref={root}
      className={className}
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
