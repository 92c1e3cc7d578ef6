/**
 * The network being taught: its model, the trace computed from it, edits with
 * undo/redo, and what was refused. A refused edit leaves the last good model in
 * force and says why, beside the field (fieldErrors) or in the notices.
 */
import type { StateCreator } from 'zustand/vanilla';
import { EngineError } from '../engine/errors';
import {
  checkParam,
  checkSetting,
  defaultParams,
  DEFAULT_SETTINGS,
  modelNames,
  switchBiasPer,
  type BiasPer,
  type Model,
  type SettingKey,
  type Settings,
} from '../engine/model';
import { NOTATIONS } from '../engine/notation';
import type { Notice } from '../engine/query';
import { computeTrace, type Trace } from '../engine/trace';
import type { AppState } from './app-store';
import { stepIndex } from './step-slice';
import { settledRun } from './training-slice';

/** How many edits undo remembers. */
export const HISTORY_LIMIT = 200;

/**
 * 'commit' records an undo point; 'preview' changes the model live (a drag in
 * progress) and the commit that ends the gesture records the model from before it.
 */
export type EditMode = 'commit' | 'preview';

export interface NetworkSlice {
  readonly model: Model;
  readonly trace: Trace;
  /** refused query values and messages, with the fallback used */
  readonly notices: readonly Notice[];
  /** per parameter or setting: why the last edit was refused (cleared by a good one) */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly past: readonly Model[];
  readonly future: readonly Model[];
  /** the model before a preview gesture began, if one is under way */
  readonly gestureStart: Model | null;
  /** Sets one parameter. Returns false, keeping the model, when the value is refused. */
  setParam(id: string, value: number, mode?: EditMode): boolean;
  setSetting<K extends SettingKey>(key: K, value: Settings[K]): boolean;
  /**
   * Replaces the whole model at once (a preset, a lesson step, an embedder's
   * setParams). A training run installs each frame's parameters as 'preview'
   * and commits once at its end, so undo takes back the whole run.
   */
  setModel(model: Model, mode?: EditMode): boolean;
  /** Back to the article's numbers and settings. */
  reset(): void;
  undo(): void;
  redo(): void;
  /** Records a refusal for a field (a value that could not even be read as a number). */
  refuseField(key: string, message: string): void;
  dismissNotice(key: string): void;
}

/**
 * The step to stand on in a new trace: the same quantity if it is still there;
 * otherwise (a setting removed it, as b1_new goes when biases are fixed) the
 * entry now at the same place.
 */
function stepIn(trace: Trace, state: Pick<AppState, 'trace' | 'step'>): string {
  if (trace.entries.some((e) => e.id === state.step)) return state.step;
  const index = Math.min(stepIndex(state), trace.entries.length - 1);
  return trace.entries[index]?.id ?? '';
}

export const createNetworkSlice: StateCreator<AppState, [], [], NetworkSlice> = (set, get) => {
  /** Computes the candidate's trace and installs both, or records why not. */
  const install = (key: string, makeModel: () => Model, mode: EditMode): boolean => {
    const state = get();
    let model: Model;
    let trace: Trace;
    try {
      model = makeModel();
      trace = computeTrace(model, NOTATIONS[state.notation]);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      set({ fieldErrors: { ...state.fieldErrors, [key]: error.message } });
      return false;
    }
    const { [key]: _cleared, ...fieldErrors } = state.fieldErrors;
    const before = state.gestureStart ?? state.model;
    set({
      model,
      trace,
      step: stepIn(trace, state),
      fieldErrors,
      training: settledRun(state.training),
      ...(mode === 'preview'
        ? { gestureStart: before }
        : { past: [...state.past, before].slice(-HISTORY_LIMIT), future: [], gestureStart: null }),
    });
    return true;
  };
  const restore = (model: Model) => {
    const trace = computeTrace(model, NOTATIONS[get().notation]);
    set({
      model,
      trace,
      step: stepIn(trace, get()),
      fieldErrors: {},
      training: settledRun(get().training),
    });
  };

  return {
    model: { sizes: [2, 2, 2], params: defaultParams([2, 2, 2]), settings: DEFAULT_SETTINGS },
    trace: undefined as unknown as Trace, // set by createAppStore
    notices: [],
    fieldErrors: {},
    past: [],
    future: [],
    gestureStart: null,
    setParam(id, value, mode = 'commit') {
      return install(
        id,
        () => {
          const { model } = get();
          checkParam(modelNames(model), id, value);
          return { ...model, params: { ...model.params, [id]: value } };
        },
        mode,
      );
    },
    setSetting(key, value) {
      return install(
        key,
        () => {
          const { model } = get();
          const checked = checkSetting(key, value);
          // bias_per renames the biases (b1 ↔ b_h1, b_h2): switchBiasPer carries their values over.
          if (key === 'bias_per') return switchBiasPer(model, checked as BiasPer);
          return { ...model, settings: { ...model.settings, [key]: checked } };
        },
        'commit',
      );
    },
    setModel(model, mode = 'commit') {
      return install('model', () => model, mode);
    },
    reset() {
      const { model } = get();
      install(
        'model',
        () => ({
          sizes: model.sizes,
          params: defaultParams(model.sizes),
          settings: DEFAULT_SETTINGS,
        }),
        'commit',
      );
    },
    undo() {
      const { past, future, model, gestureStart } = get();
      const previous = past[past.length - 1];
      if (!previous || gestureStart) return;
      set({ past: past.slice(0, -1), future: [model, ...future] });
      restore(previous);
    },
    redo() {
      const { past, future, model, gestureStart } = get();
      const next = future[0];
      if (!next || gestureStart) return;
      set({ past: [...past, model], future: future.slice(1) });
      restore(next);
    },
    refuseField(key, message) {
      set({ fieldErrors: { ...get().fieldErrors, [key]: message } });
    },
    dismissNotice(key) {
      set({ notices: get().notices.filter((n) => n.key !== key) });
    },
  };
};
