/**
 * The playground's part of what presenter windows share: its formula, the
 * leaves' values, the mode and the step. Read here only by shape (the main
 * chunk carries no expression engine); the playground itself checks the
 * formula and every value when it takes them, and says what it refused.
 */
import type { AppState } from '../store/app-store';
import type { PlaygroundShown } from '../store/playground-slice';

/** Longer than the playground takes (500): it refuses those itself, by name. */
const MAX_FORMULA = 2000;
/** A 200-node formula has at most ~100 distinct leaves. */
const MAX_LEAVES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;
const STEP = /^[A-Za-z0-9_]{1,80}$/;

/** What this window's playground shows, once it has loaded. */
export function sharedPlaygroundOf(state: AppState): PlaygroundShown | null {
  const shown = state.view === 'playground' ? state.playground : null;
  if (!shown) return null;
  const { formula, leaves, step, mode, seed } = shown;
  return { formula, leaves, step, mode, seed };
}

export function samePlayground(a: PlaygroundShown | null, b: PlaygroundShown | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const names = Object.keys(a.leaves);
  return (
    a.formula === b.formula &&
    a.step === b.step &&
    a.mode === b.mode &&
    a.seed === b.seed &&
    names.length === Object.keys(b.leaves).length &&
    names.every((name) => Object.is(a.leaves[name], b.leaves[name]))
  );
}

export const playgroundToWire = (p: PlaygroundShown) => ({ ...p, leaves: { ...p.leaves } });

/** The playground's query for these (f, each leaf, step, mode, seed): where a page not yet loaded starts. */
export function playgroundQueryOf(p: PlaygroundShown): [string, string][] {
  return [
    ['view', 'playground'],
    ['f', p.formula],
    ...Object.entries(p.leaves).map(([name, value]): [string, string] => [name, String(value)]),
    ['step', p.step],
    ...(p.mode === 'forward' ? [['mode', 'forward'] as [string, string]] : []),
    ...(p.seed !== null ? [['seed', p.seed] as [string, string]] : []),
  ];
}

/**
 * The shared playground in `value`, by shape: throws `refuse(reason)` naming the
 * first field at fault. `record` reads an object's own data properties only.
 */
export function readSharedPlayground(
  value: unknown,
  record: (value: unknown, where: string, limit?: number) => Map<string, unknown>,
  refuse: (reason: string) => Error,
): PlaygroundShown {
  const fields = record(value, 'playground');
  const formula = fields.get('formula');
  if (typeof formula !== 'string' || formula.length > MAX_FORMULA) {
    throw refuse(`playground.formula must be text of at most ${MAX_FORMULA} characters.`);
  }
  const leaves: Record<string, number> = {};
  for (const [name, given] of record(fields.get('leaves'), 'playground.leaves', MAX_LEAVES)) {
    if (!NAME.test(name)) throw refuse(`playground.leaves.${name.slice(0, 40)} is not a name.`);
    // Its range is the playground's to check, with its own words, when it takes the value.
    if (typeof given !== 'number' || !Number.isFinite(given)) {
      throw refuse(`playground.leaves.${name} must be a finite number.`);
    }
    leaves[name] = given;
  }
  const step = fields.get('step');
  if (typeof step !== 'string' || !STEP.test(step)) {
    throw refuse('playground.step must be a step id.');
  }
  const mode = fields.get('mode');
  if (mode !== 'reverse' && mode !== 'forward') {
    throw refuse('playground.mode must be reverse or forward.');
  }
  const seed = fields.get('seed');
  if (seed !== null && (typeof seed !== 'string' || !NAME.test(seed))) {
    throw refuse('playground.seed must be a leaf name or null.');
  }
  return { formula, leaves, step, mode, seed };
}
