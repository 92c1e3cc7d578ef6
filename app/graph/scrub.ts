/**
 * Dragging a value label up or down scrubs its value, as in a spreadsheet or a
 * design tool: a d3 behaviour attached to the label. Every move previews the
 * value (the model follows live); letting go commits it, so the whole drag is one
 * undo step. Distances are screen pixels, whatever the zoom.
 */
import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';

/** Value change per pixel; with Shift held, ten times finer. */
export const SCRUB_PER_PIXEL = 0.005;
const FINE = 0.1;
/** A press that moves less than this is a click (it opens the editor). */
const CLICK_DISTANCE = 3;

export interface ScrubHandlers {
  /** the value when the drag starts (undefined: nothing to drag) */
  read(): number | undefined;
  preview(value: number): void;
  commit(value: number): void;
}

/** The scrubbed value: 3 decimals (4 when fine), within the limits. */
export function scrubValue(
  start: number,
  pixelsUp: number,
  fine: boolean,
  [min, max]: readonly [number, number],
): number {
  const rate = SCRUB_PER_PIXEL * (fine ? FINE : 1);
  const places = fine ? 4 : 3;
  const raw = start + pixelsUp * rate;
  return Math.min(max, Math.max(min, Number(raw.toFixed(places))));
}

type DragEvent = D3DragEvent<Element, unknown, unknown>;

export function attachScrub(
  element: Element,
  limits: readonly [number, number],
  handlers: ScrubHandlers,
): () => void {
  let start: number | undefined;
  let startY = 0;
  let value: number | undefined;
  let moved = false;
  // Once a preview went out, the gesture must end in a commit, even back at the start.
  let previewed = false;
  // Fine mode can start or stop mid-drag: keep the value reached as the new start.
  let fine = false;
  // A mouse drag marks the drawing (data-dragging, graph.css): nothing in it is hit-tested
  // while it lasts. A finger's events stay with the element it touched, whatever the CSS.
  const drawing = element.closest('svg');
  const behaviour = drag<Element, unknown>()
    .container(() => element.ownerDocument.documentElement)
    .clickDistance(CLICK_DISTANCE)
    .on('start', (event: DragEvent) => {
      start = handlers.read();
      startY = event.y;
      value = start;
      moved = false;
      previewed = false;
      fine = shiftHeld(event);
    })
    .on('drag', (event: DragEvent) => {
      if (start === undefined) return;
      if (!moved && Math.abs(event.y - startY) < CLICK_DISTANCE) return;
      if (!moved && isMouse(event)) drawing?.setAttribute('data-dragging', '');
      moved = true;
      if (shiftHeld(event) !== fine) {
        fine = !fine;
        start = value ?? start;
        startY = event.y;
      }
      const next = scrubValue(start, startY - event.y, fine, limits);
      if (next !== value) {
        value = next;
        previewed = true;
        handlers.preview(next);
      }
    })
    .on('end', () => {
      drawing?.removeAttribute('data-dragging');
      if (previewed && value !== undefined) handlers.commit(value);
      start = value = undefined;
    });
  select(element).call(behaviour);
  return () => {
    select(element).on('.drag', null);
    drawing?.removeAttribute('data-dragging');
  };
}

function isMouse(event: DragEvent): boolean {
  return event.sourceEvent instanceof MouseEvent;
}

function shiftHeld(event: DragEvent): boolean {
  const source = event.sourceEvent as MouseEvent | TouchEvent | undefined;
  return source !== undefined && 'shiftKey' in source && source.shiftKey;
}
