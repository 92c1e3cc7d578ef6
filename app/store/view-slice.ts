/**
 * How things are shown: which page, which notation, how many digits, and what
 * the pointer or keyboard focus is lighting up.
 */
import type { StateCreator } from 'zustand/vanilla';
import { MAX_SIGNIFICANT_DIGITS, MIN_SIGNIFICANT_DIGITS } from '../engine/format';
import { NOTATIONS, type NotationId } from '../engine/notation';
import { computeTrace } from '../engine/trace';
import type { AppState } from './app-store';

/** 'lessons' is the index; 'lesson' the player (opened by ?lesson=<slug>). */
export const VIEWS = ['explorer', 'sheet', 'lessons', 'lesson'] as const;
export type View = (typeof VIEWS)[number];

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
  setView(view: View): void;
  setNotation(notation: NotationId): void;
  setDigits(digits: number): void;
  setHighlight(highlight: Highlight | null): void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'explorer',
  notation: 'article',
  digits: 9,
  highlight: null,
  setView: (view) => set({ view }),
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
});
