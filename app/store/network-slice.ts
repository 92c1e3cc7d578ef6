/**
 * The network being taught: its model, the trace computed from it, edits with
 * undo/redo, and what was refused. A refused edit leaves the last good model in
 * force and says why, beside the field (fieldErrors) or in the notices.
 */
import type { StateCreator } from 'zustand/vanilla';
import { EngineError } from '../engine/errors';
import {
  ARTICLE_MODEL,
  checkParam,
  checkSetting,
  modelNames,
  switchBiasPer,
  type BiasPer,
  type Model,
  type SettingKey,
  type Settings,
} from '../engine/model';
import { NOTATIONS } from '../engine/notation';
import type { Notice } from '../engine/query';
import { resizeModel, resizeRefusal, type ArchitectureChange } from '../engine/resize';
import { computeTrace, type Trace } from '../engine/trace';
import type { AppState } from './app-store';
import { stepIn } from './step-in';
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
  /**
   * Adds or removes a neuron or a hidden layer. The values that stay keep their
   * place (the engine's resizeModel); new weights draw small values from a seed
   * the store keeps, so the same changes give the same network. One undo point.
   * Returns false, with the reason in fieldErrors.layers, at a limit.
   */
  changeArchitecture(change: ArchitectureChange): boolean;
  /** the seed the next architecture change draws its new weights from (1, 2, …) */
  readonly architectureSeed: number;
  /** the weights the last architecture change drew, marked on the diagram for a moment */
  readonly freshParams: readonly string[];
  clearFreshParams(): void;
  /** Back to the article's network: its 2-2-2 architecture, numbers and settings. */
  reset(): void;
  undo(): void;
  redo(): void;
  /** Puts back a model with its undo history, recording nothing (the explorer's, after a lesson). */
  restoreNetwork(network: {
    readonly model: Model;
    readonly past: readonly Model[];
    readonly future: readonly Model[];
  }): void;
  /** Records a refusal for a field (a value that could not even be read as a number). */
  refuseField(key: string, message: string): void;
  dismissNotice(key: string): void;
}

// A drag installs a model every frame. The same empty values each time, and the same
// errors object when there was no error to clear, so that the components selecting
// them (the architecture controls, the settings) do not render again each frame.
const NONE_FRESH: readonly string[] = [];
const NO_ERRORS: Readonly<Record<string, string>> = {};

function withoutError(
  errors: Readonly<Record<string, string>>,
  key: string,
): Readonly<Record<string, string>> {
  if (!(key in errors)) return errors;
  const { [key]: _cleared, ...rest } = errors;
  return rest;
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
    const before = state.gestureStart ?? state.model;
    set({
      model,
      trace,
      step: stepIn(trace, state),
      fieldErrors: withoutError(state.fieldErrors, key),
      // New weights are new only in the change that drew them.
      freshParams: NONE_FRESH,
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
      fieldErrors: NO_ERRORS,
      freshParams: NONE_FRESH,
      training: settledRun(get().training),
    });
  };

  return {
    model: ARTICLE_MODEL,
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
    architectureSeed: 1,
    freshParams: NONE_FRESH,
    changeArchitecture(change) {
      const { model, architectureSeed, gestureStart } = get();
      // Mid-drag the shape stays: the gesture's commit would record a model of another shape.
      if (gestureStart) return false;
      const refusal = resizeRefusal(model.sizes, change);
      if (refusal !== null) {
        get().refuseField('layers', refusal);
        return false;
      }
      const resized = resizeModel(model, change, architectureSeed);
      if (!install('layers', () => resized.model, 'commit')) return false;
      // A loss curve of another network would read as this one's.
      get().setLossHistory([]);
      set({ architectureSeed: architectureSeed + 1, freshParams: resized.fresh });
      return true;
    },
    clearFreshParams() {
      if (get().freshParams.length > 0) set({ freshParams: NONE_FRESH });
    },
    reset() {
      // The article's network exactly, whatever architecture the learner has built, and its
      // one example: a dataset's row would no longer be the article's inputs and targets.
      if (install('model', () => ARTICLE_MODEL, 'commit')) set({ data: null, example: 0 });
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
    restoreNetwork(network) {
      if (get().gestureStart) set({ gestureStart: null });
      set({ past: network.past, future: network.future });
      if (network.model !== get().model) restore(network.model);
    },
    refuseField(key, message) {
      set({ fieldErrors: { ...get().fieldErrors, [key]: message } });
    },
    dismissNotice(key) {
      set({ notices: get().notices.filter((n) => n.key !== key) });
    },
  };
};
