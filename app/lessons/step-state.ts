/**
 * What entering a lesson step does to the explorer, as pure functions: the model
 * it sets and what it shows. The player applies them to the store.
 */
import { ARTICLE_MODEL, type Model } from '../engine/model';
import { modelFromQuery } from '../engine/query';
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
export function stepModel(step: Pick<LessonStep, 'state'>, practiceSeed: number | null): Model {
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
 * What the explorer shows on a step:
 * - reveal (the default) shows every value; reveal: false only those up to the focus;
 * - a check on a trace quantity hides that quantity, even once reached;
 * until the learner answers the check or presses Reveal (`revealed`).
 */
export function stepVisibility(
  step: Pick<LessonStep, 'reveal' | 'check' | 'widget'>,
  revealed: boolean,
  traceIds: ReadonlySet<string>,
): { showAll: boolean; concealed: string | null } {
  const checked = step.check?.quantity;
  const concealed =
    !revealed && checked !== undefined && !step.widget && traceIds.has(checked) ? checked : null;
  return { showAll: step.reveal !== false || revealed, concealed };
}

/** Whether the step has anything hidden for a Reveal button to show. */
export const hidesValues = (step: Pick<LessonStep, 'reveal' | 'check'>) =>
  step.reveal === false || step.check !== undefined;
