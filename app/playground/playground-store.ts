/**
 * The playground's own store (one per mounted playground, as the app has one):
 * the formula's structure, its trace for the current leaves, the mode of
 * differentiation, and where the step-through stands. Every refusal leaves the
 * last good graph and values in force and says why.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EngineError } from '../engine/errors';
import { CHECK_EPSILON } from '../engine/expr-check';
import { forwardMode, forwardPass, type ForwardPass } from '../engine/expr-forward-mode';
import { checkLeaf } from '../engine/expr-leaves';
import { FormulaError } from '../engine/expr-parse';
import { presetById } from '../engine/expr-presets';
import {
  playgroundGraph,
  startingLeaves,
  type DiffMode,
  type PlaygroundRequest,
} from '../engine/expr-query';
import { buildStructure, type ExprStructure } from '../engine/expr-structure';
import { traceStructure, type Cost, type ExprTrace } from '../engine/expr-trace';
import { nudgeLeaf, type LeafNudge } from '../engine/expression-nudge';
import { formatNumber } from '../engine/format';
import { parseNumber } from '../engine/model';
import { PLAY_SPEEDS } from '../store/step-slice';
import { stepsOf, type StepShape } from './steps';

export interface FormulaProblem {
  readonly message: string;
  /** the character it is about, counted from 1 */
  readonly position: number | null;
}

/** What a hover or focus lights: nodes and edges of the graph, and entries. */
export interface PlaygroundHighlight {
  readonly elements: readonly string[];
  readonly quantities: readonly string[];
}

export interface PlaygroundState {
  readonly structure: ExprStructure;
  readonly trace: ExprTrace;
  /** the formula field's text (it may differ from the graph's formula while typed) */
  readonly draft: string;
  /** why the draft is not the graph: shown once the learner commits it (Enter, leaving the field) */
  readonly draftProblem: FormulaProblem | null;
  readonly formulaError: FormulaProblem | null;
  /** why a leaf's last value was refused, by leaf */
  readonly leafErrors: Readonly<Record<string, string>>;
  readonly mode: DiffMode;
  /** forward mode: the leaf whose tangent is seeded */
  readonly seed: string;
  readonly pass: ForwardPass | null;
  /** forward mode's cost over every leaf, or null where a tangent overflowed */
  readonly forwardCost: Cost | null;
  /** the current mode's steps, and their values */
  readonly steps: readonly StepShape[];
  readonly quantities: Readonly<Record<string, number>>;
  readonly step: string;
  readonly showAll: boolean;
  readonly playing: boolean;
  readonly speed: number;
  readonly highlight: PlaygroundHighlight | null;
  readonly epsilon: number;
  readonly nudge: LeafNudge | null;
  /** a leaf being dragged: numbers follow, nothing else re-renders */
  readonly dragging: string | null;
}

export interface PlaygroundActions {
  setDraft(text: string): void;
  /** shows why the draft cannot be drawn, if it cannot */
  commitDraft(): void;
  loadPreset(id: string): void;
  setFormula(formula: string, values?: Readonly<Record<string, number>>): FormulaProblem | null;
  /** returns the refusal's words, or null */
  setLeaf(leaf: string, value: number): string | null;
  /** several leaves at once, in one trace; all or none: returns the refusal's words, or null */
  setLeaves(values: Readonly<Record<string, number>>): string | null;
  setLeafText(leaf: string, text: string): string | null;
  clearLeafError(leaf: string): void;
  setMode(mode: DiffMode): void;
  setSeed(leaf: string): void;
  goTo(id: string): boolean;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  setShowAll(showAll: boolean): void;
  setHighlight(highlight: PlaygroundHighlight | null): void;
  setEpsilon(epsilon: number): void;
  nudgeLeaf(leaf: string, epsilon: number): void;
  setDragging(leaf: string | null): void;
  /** the formula's starting values, the first step */
  reset(): void;
}

export type PlaygroundStore = StoreApi<PlaygroundState & PlaygroundActions>;

const problemOf = (error: unknown): FormulaProblem => {
  if (error instanceof FormulaError) return { message: error.message, position: error.position };
  if (error instanceof EngineError) return { message: error.message, position: null };
  throw error;
};

/** The trace at `leaves`, else at fresh starting values; throws the first refusal. */
function traceAt(structure: ExprStructure, leaves: Readonly<Record<string, number>>): ExprTrace {
  try {
    return traceStructure(structure, leaves);
  } catch (error) {
    const fresh = startingLeaves(structure.graph);
    if (!(error instanceof EngineError) || JSON.stringify(fresh) === JSON.stringify(leaves)) {
      throw error;
    }
    return traceStructure(structure, fresh);
  }
}

/** The mode's steps and values, for a trace. */
function modeState(trace: ExprTrace, mode: DiffMode, seed: string) {
  const pass = mode === 'forward' ? forwardPass(trace, seed) : null;
  const { steps, quantities } = stepsOf(trace, pass);
  return { pass, steps, quantities };
}

function costOf(trace: ExprTrace): Cost | null {
  try {
    return forwardMode(trace).cost;
  } catch (error) {
    if (error instanceof EngineError) return null;
    throw error;
  }
}

export function createPlaygroundStore(request: PlaygroundRequest): PlaygroundStore {
  const structure = buildStructure(request.graph);
  const trace = traceAt(structure, request.leaves);
  const seed = request.seed ?? trace.graph.leaves[0]!;
  const first = modeState(trace, request.mode, seed);
  const known = first.steps.some((e) => e.id === request.step);
  return createStore<PlaygroundState & PlaygroundActions>()((set, get) => {
    const index = () => {
      const { steps, step } = get();
      return Math.max(
        0,
        steps.findIndex((e) => e.id === step),
      );
    };
    const goToIndex = (i: number) => {
      const { steps } = get();
      const entry = steps[Math.min(steps.length - 1, Math.max(0, i))];
      if (entry) set({ step: entry.id });
    };
    /** A new trace in force, with the mode's steps recomputed and the step kept where it can be. */
    const withTrace = (next: ExprTrace, nextStructure: ExprStructure = get().structure) => {
      const state = get();
      const nextSeed = next.graph.leaves.includes(state.seed) ? state.seed : next.graph.leaves[0]!;
      const mode = modeState(next, state.mode, nextSeed);
      const step = mode.steps.some((e) => e.id === state.step) ? state.step : mode.steps[0]!.id;
      return { structure: nextStructure, trace: next, seed: nextSeed, step, ...mode };
    };
    return {
      structure,
      trace,
      draft: trace.graph.formula,
      draftProblem: null,
      formulaError: null,
      leafErrors: {},
      mode: request.mode,
      seed,
      forwardCost: costOf(trace),
      ...first,
      step: known ? request.step! : first.steps[0]!.id,
      showAll: false,
      playing: false,
      speed: 1,
      highlight: null,
      epsilon: CHECK_EPSILON,
      nudge: null,
      dragging: null,

      setDraft(text) {
        set({ draft: text });
        if (text.trim() === get().trace.graph.formula) {
          set({ draftProblem: null, formulaError: null });
          return;
        }
        const problem = get().setFormula(text);
        // While typing, a formula that is not finished yet is no news: it is said on commit.
        set({ draft: text, draftProblem: problem, formulaError: null });
      },
      commitDraft() {
        set({ formulaError: get().draftProblem });
      },
      loadPreset(id) {
        const preset = presetById(id);
        if (!preset) return;
        get().setFormula(preset.formula, preset.leaves);
        set({ draft: get().trace.graph.formula, draftProblem: null, formulaError: null });
        get().first();
      },
      setFormula(formula, values) {
        let next: ExprTrace;
        let nextStructure: ExprStructure;
        try {
          nextStructure = buildStructure(playgroundGraph(formula));
          const known = { ...get().trace.leaves, ...values };
          next = traceAt(nextStructure, startingLeaves(nextStructure.graph, known));
        } catch (error) {
          return problemOf(error);
        }
        set({
          ...withTrace(next, nextStructure),
          forwardCost: costOf(next),
          leafErrors: {},
          nudge: null,
          highlight: null,
          draftProblem: null,
          formulaError: null,
        });
        return null;
      },
      setLeaf(leaf, value) {
        const state = get();
        try {
          checkLeaf(leaf, value);
          const next = traceStructure(state.structure, { ...state.trace.leaves, [leaf]: value });
          const { [leaf]: _cleared, ...rest } = state.leafErrors;
          set({ ...withTrace(next), leafErrors: rest, nudge: null });
          return null;
        } catch (error) {
          const message = `${leaf} = ${formatNumber(value)} is refused: ${problemOf(error).message}`;
          set({ leafErrors: { ...state.leafErrors, [leaf]: message } });
          return message;
        }
      },
      setLeaves(values) {
        const state = get();
        try {
          for (const [leaf, value] of Object.entries(values)) checkLeaf(leaf, value);
          const next = traceStructure(state.structure, { ...state.trace.leaves, ...values });
          set({ ...withTrace(next), nudge: null });
          return null;
        } catch (error) {
          return problemOf(error).message;
        }
      },
      setLeafText(leaf, text) {
        let value: number;
        try {
          value = parseNumber(leaf, text);
        } catch (error) {
          const message = problemOf(error).message;
          set({ leafErrors: { ...get().leafErrors, [leaf]: message } });
          return message;
        }
        return get().setLeaf(leaf, value);
      },
      clearLeafError(leaf) {
        const { [leaf]: _cleared, ...rest } = get().leafErrors;
        set({ leafErrors: rest });
      },
      setMode(mode) {
        const state = get();
        if (mode === state.mode) return;
        const next = modeState(state.trace, mode, state.seed);
        set({ mode, ...next, step: next.steps[0]!.id, playing: false, highlight: null });
      },
      setSeed(leaf) {
        const state = get();
        if (!state.trace.graph.leaves.includes(leaf) || leaf === state.seed) return;
        const next = modeState(state.trace, state.mode, leaf);
        set({
          seed: leaf,
          ...next,
          step: next.steps.some((e) => e.id === state.step) ? state.step : next.steps[0]!.id,
        });
      },
      goTo(id) {
        if (!get().steps.some((e) => e.id === id)) return false;
        set({ step: id });
        return true;
      },
      next() {
        const i = index();
        if (i >= get().steps.length - 1) set({ playing: false });
        else goToIndex(i + 1);
      },
      previous: () => goToIndex(index() - 1),
      first: () => goToIndex(0),
      last: () => goToIndex(Number.MAX_SAFE_INTEGER),
      setPlaying(playing) {
        if (playing && index() >= get().steps.length - 1) goToIndex(0);
        set({ playing });
      },
      setSpeed(speed) {
        if ((PLAY_SPEEDS as readonly number[]).includes(speed)) set({ speed });
      },
      setShowAll: (showAll) => set({ showAll }),
      setHighlight: (highlight) => set({ highlight }),
      setEpsilon(epsilon) {
        if (Number.isFinite(epsilon) && epsilon > 0 && epsilon < 1) set({ epsilon });
      },
      nudgeLeaf(leaf, epsilon) {
        const state = get();
        try {
          const result = nudgeLeaf(state.trace, leaf, epsilon);
          const moved = traceStructure(state.structure, {
            ...state.trace.leaves,
            [leaf]: result.to,
          });
          set({ ...withTrace(moved), nudge: result });
        } catch (error) {
          const message = `${leaf} cannot be nudged: ${problemOf(error).message}`;
          set({ leafErrors: { ...state.leafErrors, [leaf]: message } });
        }
      },
      setDragging: (dragging) => set({ dragging }),
      reset() {
        const state = get();
        const fresh = startingLeaves(state.structure.graph);
        try {
          set({
            ...withTrace(traceStructure(state.structure, fresh)),
            leafErrors: {},
            nudge: null,
          });
        } catch {
          // Starting values that do not work for this formula: the values in force stay.
        }
        get().first();
      },
    };
  });
}
