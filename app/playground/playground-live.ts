/**
 * The playground's numbers, written outside React (as the explorer's
 * live-values.ts does for the network): every element marked data-pg shows a
 * leaf (data-leaf="x") or a quantity of the trace (data-quantity="df_dx"), and
 * the formula's number slots (data-live, data-quantity) likewise. A drag then
 * costs one trace and the text writes, not a re-render.
 */
import { formatDisplayNumber } from '../engine/format';
import type { PlaygroundState, PlaygroundStore } from './playground-store';
import { markValue } from './steps';

export const LIVE_SELECTOR = '[data-pg], [data-live][data-quantity]';

/** Each steps list's index by id, computed once per list. */
const orders = new WeakMap<object, Map<string, number>>();
function orderOf(steps: PlaygroundState['steps']): Map<string, number> {
  let order = orders.get(steps);
  if (!order) {
    order = new Map(steps.map((entry, i) => [entry.id, i]));
    orders.set(steps, order);
  }
  return order;
}

/** Whether a quantity is shown yet: reached by the step-through (or everything is shown). */
export function isReached(state: PlaygroundState, id: string): boolean {
  if (state.showAll) return true;
  const order = orderOf(state.steps);
  const at = order.get(id);
  return at === undefined || at <= (order.get(state.step) ?? 0);
}

/** The value an element shows, or undefined. */
export function elementValue(state: PlaygroundState, element: HTMLElement | SVGElement) {
  const leaf = element.dataset.leaf;
  if (leaf !== undefined) return state.trace.leaves[leaf];
  const id = element.dataset.quantity;
  return id === undefined ? undefined : markValue(state.trace, state.quantities, id);
}

/** The live elements under each root, as last found: a drag patches them without a query per move. */
const found = new WeakMap<ParentNode, readonly (HTMLElement | SVGElement)[]>();

/**
 * Writes every live number under `root`. `again`: look for the elements anew (new
 * ones were rendered); otherwise the ones found last time, as on each move of a drag.
 */
export function patchPlayground(
  root: ParentNode,
  state: PlaygroundState,
  digits: number,
  again = true,
): void {
  let elements = again ? undefined : found.get(root);
  if (!elements) {
    elements = [...root.querySelectorAll<HTMLElement | SVGElement>(LIVE_SELECTOR)];
    found.set(root, elements);
  }
  for (const element of elements) {
    const value = elementValue(state, element);
    if (value === undefined) continue;
    const id = element.dataset.quantity;
    const reached = id === undefined || isReached(state, id);
    const cap = Number(element.dataset.digits);
    let text = reached
      ? formatDisplayNumber(value, cap >= 1 ? Math.min(cap, digits) : digits)
      : '?';
    if (reached && element.dataset.format === 'operand' && (value < 0 || text.includes('e'))) {
      text = `(${text})`;
    }
    if (element.textContent !== text) element.textContent = text;
    // data-value is what is shown: a hidden answer is not left in the page to be read.
    const exact = reached ? String(value) : undefined;
    if (element.dataset.value !== exact) {
      if (exact === undefined) delete element.dataset.value;
      else element.dataset.value = exact;
    }
    element.toggleAttribute('data-unrevealed', !reached);
  }
}

/** Keeps the numbers under `root` current; returns the unsubscribe. */
export function attachPlaygroundLive(
  store: PlaygroundStore,
  root: ParentNode,
  digits: () => number,
): () => void {
  patchPlayground(root, store.getState(), digits());
  return store.subscribe((state, previous) => {
    if (
      state.trace !== previous.trace ||
      state.quantities !== previous.quantities ||
      state.step !== previous.step ||
      state.showAll !== previous.showAll
    ) {
      // A new structure renders new elements: those are found (and patched) when they appear.
      patchPlayground(root, state, digits(), state.structure !== previous.structure);
    }
  });
}
