import type { PointerEvent } from 'react';

/**
 * Hover lighting for a part of the diagram. A pressed pointer passing over it
 * (a value being scrubbed, the view being panned) changes nothing: the drag keeps
 * its own part lit, and the diagram is not redrawn for every part it crosses,
 * which on a slow laptop cost a frame each time.
 */
export function hoverProps(id: string, onHighlight: (id: string | null) => void) {
  return {
    onPointerEnter: (event: PointerEvent) => {
      if (event.buttons === 0) onHighlight(id);
    },
    onPointerLeave: (event: PointerEvent) => {
      if (event.buttons === 0) onHighlight(null);
    },
  };
}
