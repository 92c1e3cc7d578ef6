/**
 * What each element of the network diagram is called for a screen reader, with
 * its current numbers: "w5 0.4, weight from h1 to o1, gradient 0.082167041".
 * The names carry values that change on every frame of a drag, so, like the live
 * numbers, they are patched in place from a store subscription, not by React.
 * Every name begins with the element's id (the app's contract for controls), and
 * a value control's name with the text it shows ("w5 0.4"), so that what one sees
 * is what one says to speech input.
 */
import type { NetworkNames } from '../engine/architecture';
import { formatDisplayNumber } from '../engine/format';
import type { AppState, AppStore } from '../store/app-store';
import { elementDigits, isRevealed } from '../store/live-values';
import { weightEdgeName } from '../formulas/weight-edge-name';
import { describeElement, jumpTarget } from '../graph/relations';
import { valueKeys } from '../graph/value-keys';

export type NameState = Pick<
  AppState,
  'trace' | 'model' | 'digits' | 'step' | 'showAll' | 'notation' | 'concealed'
>;

/** Nothing a name reports is shown before the step-through reaches it. */
const NOT_YET = 'not reached yet';

/** The significant digits the diagram's labels show (LiveTspan's digits). */
const LABEL_DIGITS = '4';

function quantityText(state: NameState, id: string): string | undefined {
  const value = state.trace.quantities[id];
  if (value === undefined) return undefined;
  return isRevealed(state, id) ? formatDisplayNumber(value, state.digits) : NOT_YET;
}

/** A quantity's words once the step-through has reached it, else nothing. */
function reached(state: NameState, label: string, id: string): string[] {
  const value = state.trace.quantities[id];
  if (value === undefined || !isRevealed(state, id)) return [];
  return [`${label} ${formatDisplayNumber(value, state.digits)}`];
}

/**
 * The accessible name of a diagram element keyed as in graph-nav.ts: 'node:h1'
 * (with what Enter or a click shows) or 'param:w5' (a value control).
 */
export function elementName(state: NameState, names: NetworkNames, key: string): string {
  const [kind, id = ''] = key.split(':');
  const keys = valueKeys(state.notation);
  const description = describeElement(names, id);
  const last = names.sizes.length - 1;
  if (kind === 'param') return paramName(state, id, description, weightEdgeName(names, id));
  const parts = [description];
  const isNeuron = names.neurons.slice(1).some((layer) => layer.includes(id));
  if (isNeuron) {
    parts.push(`${keys.net} ${quantityText(state, `net_${id}`) ?? '?'}`);
    parts.push(`${keys.out} ${quantityText(state, `out_${id}`) ?? '?'}`);
    // The backward pass's numbers join the name as it reaches them.
    parts.push(...reached(state, keys.dE_dout, `dE_dout_${id}`));
    parts.push(...reached(state, keys.delta, `delta_${id}`));
  } else {
    const value = state.model.params[id];
    if (value !== undefined) parts.push(formatDisplayNumber(value, state.digits));
    const output = names.neurons[last]?.[names.targets.indexOf(id)];
    if (output !== undefined)
      parts.push(...reached(state, `${keys.loss}_${output}`, `E_${output}`));
  }
  const name = parts.join(', ');
  const jump = jumpTarget(names, state.trace, id);
  return jump === undefined ? name : `${name}: show step ${jump}`;
}

/**
 * A value control's name: what it shows ("w5 0.4", or "0.05" beside i1, named
 * "i1 0.05"; outside the article's network "w7 h1→o1 0.4"), what it is, its exact
 * value where the label rounds it, its gradient, and its value after the update
 * once reached.
 */
function paramName(state: NameState, id: string, description: string, edge: string): string {
  const value = state.model.params[id];
  if (value === undefined) return description;
  const shown = formatDisplayNumber(value, elementDigits(state.digits, LABEL_DIGITS));
  const exact = formatDisplayNumber(value, state.digits);
  const label = edge === '' ? `${id} ${shown}` : `${id} ${edge} ${shown}`;
  const parts = [`${label}${description.slice(id.length)}`];
  if (exact !== shown) parts.push(`exactly ${exact}`);
  const gradient = quantityText(state, `dE_d${id}`);
  if (gradient !== undefined) parts.push(`gradient ${gradient}`);
  parts.push(...reached(state, 'after the update', `${id}_new`));
  return parts.join(', ');
}

/**
 * Writes the current name of every element under `root` keyed by data-nav (or,
 * for a locked value that takes no focus, data-name-key); only the changed ones.
 */
export function patchNames(root: ParentNode, state: NameState): void {
  const { names } = state.trace;
  for (const element of root.querySelectorAll<SVGElement>('[data-nav], [data-name-key]')) {
    const name = elementName(state, names, element.dataset.nav ?? element.dataset.nameKey ?? '');
    if (element.getAttribute('aria-label') !== name) element.setAttribute('aria-label', name);
  }
}

/** While a value is dragged the names follow a few times a second, and exactly at its end. */
const GESTURE_INTERVAL_MS = 250;

/** Keeps the diagram's names under `root` current; returns the unsubscribe. */
export function attachGraphNames(store: AppStore, root: ParentNode): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patchNow = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    patchNames(root, store.getState());
  };
  patchNow();
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.trace === previous.trace &&
      state.step === previous.step &&
      state.showAll === previous.showAll &&
      state.concealed === previous.concealed &&
      state.digits === previous.digits &&
      state.notation === previous.notation
    ) {
      return;
    }
    // A drag frame (or a training run) only schedules: its per-frame cost stays nil.
    const busy = state.gestureStart !== null || state.training.status === 'running';
    if (!busy) patchNow();
    else timer ??= setTimeout(patchNow, GESTURE_INTERVAL_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
