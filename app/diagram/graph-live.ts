/**
 * The diagram's per-frame attributes that are not text: each edge's gradient
 * encoding. Patched in place from a store subscription, as the live numbers are,
 * so a weight drag re-renders nothing.
 */
import type { AppState, AppStore } from '../store/app-store';
import { isRevealed } from '../store/live-values';
import { createLabelFitter } from '../graph/label-fit';

/** Stroke widths (viewBox units) for the smallest and the largest gradient shown. */
export const GRADIENT_WIDTHS = [1.5, 11] as const;

/**
 * Stroke width by gradient magnitude, relative to the largest gradient in the
 * network. A square-root scale, so that a gradient a tenth of the largest is
 * still visibly more than a hairline.
 */
export function gradientWidthScale(gradients: readonly number[]): (magnitude: number) => number {
  const largest = Math.max(0, ...gradients.map(Math.abs));
  const domain = largest > 0 ? largest : 1;
  const [thinnest, widest] = GRADIENT_WIDTHS;
  // Written out rather than a d3 scale: this runs on the first load, where d3-scale would cost more than it does.
  return (magnitude) =>
    thinnest + (widest - thinnest) * Math.sqrt(Math.min(Math.max(magnitude, 0) / domain, 1));
}

/** The parameters whose gradients the edges encode: weights and biases. */
function gradientParams(state: AppState): string[] {
  const { names } = state.trace;
  return [...names.weights.map((w) => w.id), ...names.biases.filter(Boolean)];
}

export function patchGraph(root: ParentNode, state: AppState): void {
  const { trace } = state;
  const gradients = gradientParams(state).map((id) => trace.quantities[`dE_d${id}`] ?? 0);
  const width = gradientWidthScale(gradients);
  let anyShown = false;
  for (const line of root.querySelectorAll<SVGElement>('[data-grad-param]')) {
    const gradientId = `dE_d${line.dataset.gradParam ?? ''}`;
    const gradient = trace.quantities[gradientId];
    if (gradient === undefined || !isRevealed(state, gradientId)) {
      line.removeAttribute('data-grad');
      line.style.removeProperty('stroke-width');
      continue;
    }
    anyShown = true;
    line.dataset.grad = gradient > 0 ? 'pos' : gradient < 0 ? 'neg' : 'zero';
    line.style.strokeWidth = width(Math.abs(gradient)).toFixed(2);
  }
  const svg = root instanceof Element ? root : null;
  svg?.toggleAttribute('data-gradients-shown', anyShown);
}

/**
 * While a drag or a training run changes the values every frame, the edges' 0.2 s
 * colour and width transitions would restart every frame: style work for nothing.
 * The stylesheet turns them off under this attribute.
 */
export const VALUES_MOVING = 'data-values-moving';

const valuesMoving = (state: AppState) =>
  state.gestureStart !== null || state.training.status === 'running';

/** Keeps the diagram under `root` current; returns the unsubscribe. */
export function attachGraphLive(store: AppStore, root: Element): () => void {
  const labels = createLabelFitter(root);
  // The live numbers are written by another subscriber, maybe after this one:
  // fit the boxes to them on the next frame, once per frame at most.
  let frame = 0;
  const fitSoon = () => {
    if (frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        labels.fit();
      });
    }
  };
  // Late web fonts change every width measured so far.
  const refit = () => {
    labels.reset();
    fitSoon();
  };
  document.fonts?.addEventListener('loadingdone', refit);
  patchGraph(root, store.getState());
  root.toggleAttribute(VALUES_MOVING, valuesMoving(store.getState()));
  fitSoon();
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.trace !== previous.trace ||
      state.step !== previous.step ||
      state.showAll !== previous.showAll ||
      state.concealed !== previous.concealed ||
      state.digits !== previous.digits
    ) {
      patchGraph(root, state);
    }
    const moving = valuesMoving(state);
    if (moving !== valuesMoving(previous)) root.toggleAttribute(VALUES_MOVING, moving);
    if (state.model !== previous.model || state.digits !== previous.digits) fitSoon();
  });
  return () => {
    cancelAnimationFrame(frame);
    document.fonts?.removeEventListener('loadingdone', refit);
    unsubscribe();
  };
}
