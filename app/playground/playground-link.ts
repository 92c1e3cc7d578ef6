/**
 * The playground and the app it lives in: what it shows is mirrored into the
 * app's store as a plain snapshot (for the address bar, the embed's `state`
 * message and presenter mode), and its controls are registered there (for the
 * embed's requests and the presenter's keys).
 */
import { EngineError } from '../engine/errors';
import { playgroundEntries } from '../engine/expr-query';
import { parseNumber } from '../engine/model';
import type { AppStore } from '../store/app-store';
import type { PlaygroundControl, PlaygroundSnapshot } from '../store/playground-slice';
import type { PlaygroundState, PlaygroundStore } from './playground-store';

export function snapshotOf(state: PlaygroundState): PlaygroundSnapshot {
  const { trace, mode, seed, steps, step } = state;
  const values: Record<string, number> = {};
  for (const [id, value] of Object.entries(trace.values))
    if (!id.startsWith('#')) values[id] = value;
  const link = {
    formula: trace.graph.formula,
    leaves: trace.leaves,
    mode,
    seed: mode === 'forward' ? seed : null,
    // The first step is where a link opens anyway: left out, links stay short.
    step: step === steps[0]?.id ? null : step,
  };
  return {
    formula: trace.graph.formula,
    leaves: trace.leaves,
    value: trace.values[trace.graph.output]!,
    values,
    gradients: trace.gradients,
    quantities: state.quantities,
    step,
    mode,
    seed: link.seed,
    search: new URLSearchParams(playgroundEntries(link)).toString(),
  };
}

/** Reads leaf values given as numbers or text; refusals by leaf, the rest set together. */
function readValues(
  store: PlaygroundStore,
  values: Readonly<Record<string, number | string>>,
): { key: string; message: string }[] {
  const refused: { key: string; message: string }[] = [];
  const { graph } = store.getState().trace;
  for (const [key, given] of Object.entries(values)) {
    if (!graph.leaves.includes(key)) {
      refused.push({ key, message: `${key} is not a leaf of ${graph.formula}.` });
      continue;
    }
    let value: number;
    try {
      value = typeof given === 'number' ? given : parseNumber(key, given);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      refused.push({ key, message: error.message });
      continue;
    }
    const problem = store.getState().setLeaf(key, value);
    if (problem !== null) {
      store.getState().clearLeafError(key);
      refused.push({ key, message: problem });
    }
  }
  return refused;
}

export function controlOf(store: PlaygroundStore): PlaygroundControl {
  const s = () => store.getState();
  return {
    next: () => s().next(),
    previous: () => s().previous(),
    first: () => s().first(),
    last: () => s().last(),
    goTo: (step) => s().goTo(step),
    playing: () => s().playing,
    setPlaying: (playing) => s().setPlaying(playing),
    setLeaves: (values) => readValues(store, values),
    setFormula(formula, values) {
      const problem = s().setFormula(formula);
      if (problem) return [{ key: 'f', message: problem.message }];
      store.setState({ draft: s().trace.graph.formula });
      return values ? readValues(store, values) : [];
    },
    reset: () => s().reset(),
    show(shown) {
      const refused: { key: string; message: string }[] = [];
      if (shown.formula !== s().trace.graph.formula) {
        const problem = s().setFormula(shown.formula, shown.leaves);
        if (problem) return [{ key: 'f', message: problem.message }];
        store.setState({ draft: s().trace.graph.formula });
      }
      const leaves = s().trace.leaves;
      const changed = Object.entries(shown.leaves).filter(([k, v]) => !Object.is(leaves[k], v));
      if (changed.length > 0) refused.push(...readValues(store, Object.fromEntries(changed)));
      s().setMode(shown.mode);
      if (shown.seed !== null) s().setSeed(shown.seed);
      if (shown.step !== s().step && !s().goTo(shown.step)) {
        refused.push({ key: 'step', message: `${shown.step} is not a step of this formula.` });
      }
      return refused;
    },
  };
}

/** Mirrors the playground into the app and registers its controls; returns the undo. */
export function linkPlayground(app: AppStore, store: PlaygroundStore): () => void {
  app.getState().setPlayground(snapshotOf(store.getState()));
  app.getState().setPlaygroundControl(controlOf(store));
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.trace !== previous.trace ||
      state.step !== previous.step ||
      state.quantities !== previous.quantities ||
      state.mode !== previous.mode ||
      state.seed !== previous.seed
    ) {
      app.getState().setPlayground(snapshotOf(state));
    }
  });
  return () => {
    unsubscribe();
    app.getState().setPlaygroundControl(null);
  };
}
