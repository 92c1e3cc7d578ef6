/**
 * The app's state: one vanilla zustand store per mounted app (so an embed page
 * can hold two apps side by side). The trace is kept in the store, recomputed
 * once per change, and every view reads it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EngineError } from '../engine/errors';
import { DEFAULT_SIGNIFICANT_DIGITS } from '../engine/format';
import {
  checkParam,
  checkSetting,
  type Model,
  type SettingKey,
  type Settings,
} from '../engine/model';
import { networkNames } from '../engine/architecture';
import { NOTATIONS, type NotationId } from '../engine/notation';
import type { Notice } from '../engine/query';
import { computeTrace, type Trace } from '../engine/trace';

export const VIEWS = ['sheet'] as const;
export type View = (typeof VIEWS)[number];

export interface AppState {
  readonly model: Model;
  readonly trace: Trace;
  readonly notation: NotationId;
  readonly digits: number;
  readonly view: View;
  /** what the app refused (query values, edits), with the fallback it used */
  readonly notices: readonly Notice[];
}

export interface AppActions {
  /** Sets one parameter; a refused value leaves the model as it was and adds a notice. */
  setParam(id: string, value: number): boolean;
  setSetting<K extends SettingKey>(key: K, value: Settings[K]): boolean;
  setNotation(notation: NotationId): void;
  dismissNotice(key: string): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

export interface InitialState {
  readonly model: Model;
  readonly notation?: NotationId;
  readonly digits?: number;
  readonly view?: View;
  readonly notices?: readonly Notice[];
}

export function createAppStore(initial: InitialState): AppStore {
  const notation = initial.notation ?? 'article';
  return createStore<AppState & AppActions>()((set, get) => {
    const refuse = (key: string, given: string, error: unknown): false => {
      if (!(error instanceof EngineError)) throw error;
      const notice: Notice = {
        key,
        given,
        message: `${error.message} Keeping the previous value.`,
      };
      set({ notices: [...get().notices.filter((n) => n.key !== key), notice] });
      return false;
    };
    /** Recomputes the trace for a candidate model; on refusal the last good state stays. */
    const commit = (key: string, given: string, makeModel: () => Model): boolean => {
      try {
        const model = makeModel();
        const trace = computeTrace(model, NOTATIONS[get().notation]);
        set({ model, trace, notices: get().notices.filter((n) => n.key !== key) });
        return true;
      } catch (error) {
        return refuse(key, given, error);
      }
    };
    return {
      model: initial.model,
      trace: computeTrace(initial.model, NOTATIONS[notation]),
      notation,
      digits: initial.digits ?? DEFAULT_SIGNIFICANT_DIGITS,
      view: initial.view ?? 'sheet',
      notices: initial.notices ?? [],
      setParam(id, value) {
        return commit(id, String(value), () => {
          const { model } = get();
          checkParam(networkNames(model.sizes), id, value);
          return { ...model, params: { ...model.params, [id]: value } };
        });
      },
      setSetting(key, value) {
        return commit(key, String(value), () => {
          const { model } = get();
          return { ...model, settings: { ...model.settings, [key]: checkSetting(key, value) } };
        });
      },
      setNotation(next) {
        set({ notation: next, trace: computeTrace(get().model, NOTATIONS[next]) });
      },
      dismissNotice(key) {
        set({ notices: get().notices.filter((n) => n.key !== key) });
      },
    };
  });
}
