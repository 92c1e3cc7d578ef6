/**
 * Zoom and pan for the diagram, as a d3 behaviour attached to the <svg>: pinch
 * and two-finger pan on touch, drag to pan once zoomed in, and Ctrl + wheel (a
 * trackpad pinch sends that too) — a plain wheel scrolls the page, as a reader
 * expects. The view never leaves the drawing and never shrinks below it.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';

export const MAX_ZOOM = 4;

export interface ZoomHandle {
  zoomBy(factor: number): void;
  reset(): void;
  /** Pans a zoomed view so that a part (drawing units) is in sight: the keyboard's focus. */
  reveal(box: { x: number; y: number; width: number; height: number }): void;
  destroy(): void;
}

/** Parts of the drawing whose own pointer gestures must not pan it. */
const OWN_GESTURES = '[data-scrub], foreignObject';

export function attachZoom(
  svg: SVGSVGElement,
  layer: SVGGElement,
  size: { readonly width: number; readonly height: number },
  onChange: (zoomed: boolean) => void,
): ZoomHandle {
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [size.width, size.height],
  ];
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .extent(extent)
    .translateExtent(extent)
    .scaleExtent([1, MAX_ZOOM])
    .filter((event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_GESTURES)) return false;
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey;
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      const mouse = event as MouseEvent;
      return !mouse.ctrlKey && !mouse.button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      layer.setAttribute('transform', event.transform.toString());
      onChange(event.transform.k > 1.001);
    });
  const selection = select(svg);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    zoomBy: (factor) => selection.call(behaviour.scaleBy, factor),
    reset: () => selection.call(behaviour.transform, zoomIdentity),
    reveal: (box) => {
      const view = zoomTransform(svg);
      if (view.k <= 1.001) return;
      const [left, top] = view.invert([0, 0]);
      const [right, bottom] = view.invert([size.width, size.height]);
      const inSight =
        box.x >= left && box.y >= top && box.x + box.width <= right && box.y + box.height <= bottom;
      if (!inSight) {
        selection.call(behaviour.translateTo, box.x + box.width / 2, box.y + box.height / 2);
      }
    },
    destroy: () => {
      selection.on('.zoom', null);
      layer.removeAttribute('transform');
    },
  };
}
