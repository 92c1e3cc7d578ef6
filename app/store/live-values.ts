/**
 * Live numbers without React: every element under `root` that shows a quantity
 * (data-quantity="dE_dw5") or a parameter (data-param="w5") is patched in place
 * when the trace or the step changes, from a store subscription outside React
 * (zustand's transient-update pattern). A weight drag then costs one trace and a
 * few hundred text writes, not a re-render of every formula.
 *
 * Elements opt in with data-live. data-format="operand" writes a number as it
 * stands inside a formula: negatives in parentheses. data-digits="4" caps the
 * significant digits of one element (the network diagram's compact labels).
 */
import { formatDisplayNumber } from '../engine/format';
import type { AppState, AppStore } from './app-store';
import { stepIndex } from './step-slice';

const LIVE = '[data-live]';
/**
 * The attribute of an element that shows or hides with a quantity it does not
 * show itself: the diagram's line "net 0.3775" as a whole, key included. The
 * patch marks it data-unrevealed as it marks the number (a CSS :has() rule would
 * do the same at the cost of a style check on every number a drag writes).
 */
export const REVEAL_OF = 'data-reveal-of';
const PATCHED = `${LIVE},[${REVEAL_OF}]`;

/** Text for a value in an element, by its data-format. */
export function liveText(value: number, digits: number, format: string | undefined): string {
  const text = formatDisplayNumber(value, digits);
  if (format !== 'operand') return text;
  return value < 0 || text.includes('e') ? `(${text})` : text;
}

/** The significant digits an element shows: the chosen digits, capped by its data-digits. */
export function elementDigits(digits: number, cap: string | undefined): number {
  const limit = cap === undefined ? NaN : Number(cap);
  return limit >= 1 ? Math.min(digits, limit) : digits;
}

/**
 * Each trace's entry index by id, made once per trace: a drag on the largest
 * network asks where hundreds of quantities stand every frame, and a search of
 * the ~700 entries for each would cost more than the trace itself.
 */
const indexes = new WeakMap<AppState['trace']['entries'], ReadonlyMap<string, number>>();
function entryIndex(trace: AppState['trace'], id: string): number {
  let index = indexes.get(trace.entries);
  if (!index) {
    index = new Map(trace.entries.map((e, i) => [e.id, i]));
    indexes.set(trace.entries, index);
  }
  return index.get(id) ?? -1;
}

type VisibilityState = Pick<AppState, 'trace' | 'step' | 'showAll'> &
  Partial<Pick<AppState, 'concealed'>>;

/**
 * The trace index from which a lesson hides every value (its check's quantity and
 * all that follows it, which could give it away), or Infinity when nothing is hidden.
 */
function concealedFrom(state: Pick<VisibilityState, 'trace' | 'concealed'>): number {
  if (state.concealed === undefined || state.concealed === null) return Infinity;
  const index = entryIndex(state.trace, state.concealed);
  return index < 0 ? Infinity : index;
}

/** Whether a lesson keeps a quantity hidden, however far the step-through goes. */
export function isConcealed(
  state: Pick<VisibilityState, 'trace' | 'concealed'>,
  id: string,
): boolean {
  const index = entryIndex(state.trace, id);
  return index >= 0 && index >= concealedFrom(state);
}

/**
 * The data-unrevealed attribute of an element showing quantity `id`: absent when shown,
 * "" when not reached yet (tool panels show those anyway), "concealed" when a lesson
 * keeps it hidden (nothing shows those).
 */
export function unrevealedMark(state: VisibilityState, id: string): '' | 'concealed' | undefined {
  if (isConcealed(state, id)) return 'concealed';
  return isRevealed(state, id) ? undefined : '';
}

/** Whether a quantity's value has been reached by the step-through (or everything is shown). */
export function isRevealed(state: VisibilityState, id: string): boolean {
  const index = entryIndex(state.trace, id);
  if (index >= 0 && index >= concealedFrom(state)) return false;
  if (state.showAll) return true;
  return index < 0 || index <= stepIndex(state);
}

/** How long a changed number's background flashes; it flashes again only after this. */
const FLASH_MS = 600;
/**
 * When each element last flashed. Asking the element (getAnimations()) instead
 * would force a style recalculation per changed number, several milliseconds a
 * drag move.
 */
const lastFlash = new WeakMap<Element, number>();

function flashElement(element: HTMLElement, now: number): void {
  if (now - (lastFlash.get(element) ?? -Infinity) < FLASH_MS) return;
  lastFlash.set(element, now);
  element.animate([{ backgroundColor: 'var(--flash)' }, { backgroundColor: 'transparent' }], {
    duration: FLASH_MS,
    easing: 'ease-out',
  });
}

/**
 * Puts `text` in the element's one text node when it has one. Setting textContent
 * instead removes that node and inserts a new one, which the browser lays out and
 * styles afresh: for the dozens of numbers a drag rewrites each frame, that is most
 * of the frame's style work.
 */
function writeText(element: Element, text: string): void {
  const only = element.firstChild;
  if (only !== null && only === element.lastChild && only.nodeType === only.TEXT_NODE) {
    (only as Text).data = text;
  } else element.textContent = text;
}

/** What an element was last patched to show: a patch skips it while none of this changes. */
interface Shown {
  readonly value: number;
  readonly digits: number;
  readonly format: string | null;
}
const shown = new WeakMap<Element, Shown>();

export function patchLiveValues(root: ParentNode, state: AppState, flash: boolean): void {
  const { trace, model, digits } = state;
  const current = stepIndex(state);
  const hiddenFrom = concealedFrom(state);
  // When this patch's changed numbers flash: null for not at all; undefined until
  // the first change, so that a patch that changes nothing asks nothing.
  let flashAt: number | null | undefined = flash ? undefined : null;
  const mark = (element: Element, id: string) => {
    const index = Math.max(entryIndex(trace, id), 0);
    const wanted =
      index >= hiddenFrom ? 'concealed' : state.showAll || index <= current ? null : '';
    if (wanted === null) {
      if (element.hasAttribute('data-unrevealed')) element.removeAttribute('data-unrevealed');
    } else if (element.getAttribute('data-unrevealed') !== wanted)
      element.setAttribute('data-unrevealed', wanted);
  };
  for (const element of root.querySelectorAll<HTMLElement>(PATCHED)) {
    const revealOf = element.getAttribute(REVEAL_OF);
    if (revealOf !== null) {
      mark(element, revealOf);
      continue;
    }
    // Attributes, not dataset: a drag reads them for every number on the page each frame.
    const quantity = element.getAttribute('data-quantity');
    const id = quantity ?? element.getAttribute('data-param');
    if (id === null) continue;
    const value = quantity !== null ? trace.quantities[id] : model.params[id];
    if (value === undefined) continue;
    const places = elementDigits(digits, element.getAttribute('data-digits') ?? undefined);
    const format = element.getAttribute('data-format');
    const last = shown.get(element);
    // A drag changes a few numbers of many: the others are neither formatted nor read again.
    if (last?.value !== value || last.digits !== places || last.format !== format) {
      shown.set(element, { value, digits: places, format });
      const text = liveText(value, places, format ?? undefined);
      if (element.textContent !== text) {
        writeText(element, text);
        if (flashAt === undefined) {
          const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
          flashAt = reduceMotion ? null : performance.now();
        }
        if (flashAt !== null) flashElement(element, flashAt);
      }
      // Unchanged values are not rewritten: each write is a DOM mutation to record.
      const exact = String(value);
      if (element.getAttribute('data-value') !== exact) element.setAttribute('data-value', exact);
    }
    if (quantity !== null) mark(element, id);
  }
}

/**
 * Keeps the live numbers under `root` current. Returns the unsubscribe. Call it
 * once per mounted app, after the first render.
 */
export function attachLiveValues(store: AppStore, root: ParentNode): () => void {
  patchLiveValues(root, store.getState(), false);
  return store.subscribe((state, previous) => {
    if (
      state.trace !== previous.trace ||
      state.step !== previous.step ||
      state.showAll !== previous.showAll ||
      state.concealed !== previous.concealed ||
      state.digits !== previous.digits
    ) {
      // A training run or a drag changes every value each frame: flashing them all would be
      // noise (and, on a slow laptop, most of each frame's work). The drag's end flashes.
      const flash =
        state.trace !== previous.trace &&
        state.training.status !== 'running' &&
        state.gestureStart === null;
      patchLiveValues(root, state, flash);
    }
  });
}
