/**
 * How things are shown: which page, which notation, how many digits, and what
 * the pointer or keyboard focus is lighting up.
 */
import type { StateCreator } from 'zustand/vanilla';
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import { NOTATIONS, type NotationId } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import type { AppState } from './app-store';

/**
 * 'lessons' is the index; 'lesson' the player (opened by ?lesson=<slug>);
 * 'playground' any formula as a computational graph.
 */
export const VIEWS = ['explorer', 'sheet', 'lessons', 'lesson', 'playground'] as const;
export type View = (typeof VIEWS)[number];

/** Presenter mode: off, the audience's window (?present=1), or the speaker's (?present=speaker). */
export const PRESENT_MODES = ['off', 'audience', 'speaker'] as const;
export type PresentMode = (typeof PRESENT_MODES)[number];

/** What a hover or focus lights: graph elements and trace quantities, together. */
export interface Highlight {
  readonly elements: readonly string[];
  readonly quantities: readonly string[];
}

export interface ViewSlice {
  readonly view: View;
  readonly notation: NotationId;
  readonly digits: number;
  readonly highlight: Highlight | null;
  readonly present: PresentMode;
  /** presenter mode: every live number hidden, so the class can guess first */
  readonly valuesHidden: boolean;
  /** presenter mode: the screen blacked out */
  readonly blank: boolean;
  /** false in an embed opened with edit=0: the reader sees the numbers but cannot change them */
  readonly editable: boolean;
  /** the sheet shows its answers (the key); false: the exercise, with blanks (?answers=0) */
  readonly answers: boolean;
  /** a new version is installed and waiting: this reloads into it (null: none, or put off) */
  readonly newVersion: (() => void) | null;
  setView(view: View): void;
  setAnswers(answers: boolean): void;
  setNotation(notation: NotationId): void;
  setDigits(digits: number): void;
  setHighlight(highlight: Highlight | null): void;
  setPresent(present: PresentMode): void;
  setValuesHidden(hidden: boolean): void;
  setBlank(blank: boolean): void;
  offerNewVersion(reload: (() => void) | null): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'explorer',
  notation: 'article',
  digits: 9,
  highlight: null,
  present: 'off',
  valuesHidden: false,
  blank: false,
  editable: true,
  newVersion: null,
  offerNewVersion: (newVersion) => set({ newVersion }),
  answers: true,
  setView(view) {
    const state = get();
    // Leaving a lesson gives the explorer back its own network, as the learner left it.
    if (state.view === 'lesson' && view !== 'lesson' && state.explorerNetwork) {
      state.restoreNetwork(state.explorerNetwork);
      set({ explorerNetwork: null });
    }
    set({ view });
  },
  setAnswers: (answers) => set({ answers }),
  setNotation(notation) {
    set({ notation, trace: computeTrace(get().model, NOTATIONS[notation]) });
  },
  setDigits(digits) {
    if (
      Number.isInteger(digits) &&
      digits >= MIN_SIGNIFICANT_DIGITS &&
      digits <= MAX_SIGNIFICANT_DIGITS
    ) {
      set({ digits });
    }
  },
  setHighlight: (highlight) => set({ highlight }),
  // Leaving presenter mode drops its transient states: a blank screen must not outlive it.
  setPresent: (present) =>
    set(present === 'off' ? { present, valuesHidden: false, blank: false } : { present }),
  setValuesHidden: (valuesHidden) => set({ valuesHidden }),
  setBlank: (blank) => set({ blank }),
});
