/**
 * What entering a lesson step does to the explorer, as pure functions: the model
 * it sets and what it shows. The player applies them to the store.
 */
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { modelFromQuery } from '../engine/query';
import { train } from '../engine/train';
import { practiceModel } from './practice';
import type { LessonStep } from './schema';

let cachedPractice: { seed: number; model: Model } | undefined;
/** practiceModel draws until a set is well-conditioned: worth remembering per seed. */
function practiceBase(seed: number): Model {
  if (cachedPractice?.seed !== seed) cachedPractice = { seed, model: practiceModel(seed) };
  return cachedPractice.model;
}

/**
 * The model of a step: its state over the article's numbers, so each step stands on
 * its own. With practice numbers, those replace the article's; whatever the step
 * sets itself still applies on top, since it is the point of the step (a dead ReLU's
 * negative weights, a saturated sigmoid's large ones).
 */
export function stepModel(
  step: Pick<LessonStep, 'state' | 'train'>,
  practiceSeed: number | null,
): Model {
  const model = stateModel(step, practiceSeed);
  const steps = step.train ?? 0;
  return steps > 0 ? { ...model, params: train(model, steps).params } : model;
}

/** The step's state over the base numbers, before any training the step asks for. */
export function stateModel(step: Pick<LessonStep, 'state'>, practiceSeed: number | null): Model {
  const base = practiceSeed === null ? ARTICLE_MODEL : practiceBase(practiceSeed);
  const entries = Object.entries(step.state ?? {}).map(([key, value]): [string, string] => [
    key,
    String(value),
  ]);
  // The build has validated every step's state, so nothing here is refused in practice.
  return modelFromQuery(entries, base).model;
}

/** Whether two models would give the same trace (so re-entering a step adds no undo point). */
export function sameModel(a: Model, b: Model): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a.params), ...Object.keys(b.params)]);
  for (const key of keys) if (a.params[key] !== b.params[key]) return false;
  return (
    JSON.stringify(a.sizes) === JSON.stringify(b.sizes) &&
    JSON.stringify(a.settings) === JSON.stringify(b.settings)
  );
}

/**
 * What the explorer shows on a step. One rule for every lesson, so that no step
 * gives away what this step or a later one asks:
 * - values up to the step's focus, as the step-through has reached them
 *   (`reveal: true` shows every value; a step without a focus shows none);
 * - a check on a network quantity hides that quantity and every one after it
 *   in the trace (each could give it away: out_h1 = σ(net_h1)), however far the
 *   learner steps, until the check is answered or its value revealed
 *   (`answered`). Answering lifts only that: the step's own rule stays.
 * `concealed` is the first trace id hidden; everything from it on stays hidden.
 */
export function stepVisibility(
  step: Pick<LessonStep, 'reveal' | 'check' | 'focus'>,
  answered: boolean,
  traceIds: readonly string[],
): { showAll: boolean; concealed: string | null } {
  const showAll = step.reveal === true;
  const checked = step.check?.quantity;
  const asked = !answered && checked !== undefined && traceIds.includes(checked) ? checked : null;
  // Without a focus nothing has been reached: the veil starts at the first quantity.
  const unreached = !showAll && step.focus === undefined ? (traceIds[0] ?? null) : null;
  const concealed = [unreached, asked]
    .filter((id): id is string => id !== null)
    .sort((a, b) => traceIds.indexOf(a) - traceIds.indexOf(b))[0];
  return { showAll, concealed: concealed ?? null };
}
