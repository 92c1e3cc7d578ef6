/**
 * Where the step-through stands: the current trace entry, whether later values
 * are revealed, and auto-play.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const; // steps per second

export interface StepSlice {
  /** the id of the current trace entry */
  readonly step: string;
  /** reveal every value, not only those reached */
  readonly showAll: boolean;
  readonly playing: boolean;
  readonly speed: number;
  goTo(id: string): void;
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  setShowAll(showAll: boolean): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
}

/** The index of the current step; if its entry left the trace (a setting changed), the nearest. */
export function stepIndex(state: Pick<AppState, 'trace' | 'step'>): number {
  const index = state.trace.entries.findIndex((e) => e.id === state.step);
  return index >= 0 ? index : 0;
}

export const createStepSlice: StateCreator<AppState, [], [], StepSlice> = (set, get) => {
  const goToIndex = (index: number) => {
    const { entries } = get().trace;
    const entry = entries[Math.min(entries.length - 1, Math.max(0, index))];
    if (entry) set({ step: entry.id });
  };
  return {
    step: '',
    showAll: false,
    playing: false,
    speed: 1,
    goTo(id) {
      if (get().trace.entries.some((e) => e.id === id)) set({ step: id });
    },
    next() {
      const state = get();
      const index = stepIndex(state);
      if (index >= state.trace.entries.length - 1) set({ playing: false });
      else goToIndex(index + 1);
    },
    previous: () => goToIndex(stepIndex(get()) - 1),
    first: () => goToIndex(0),
    last: () => goToIndex(Number.MAX_SAFE_INTEGER),
    setShowAll: (showAll) => set({ showAll }),
    setPlaying(playing) {
      const state = get();
      // Play from the start when at the end, as a media player does.
      if (playing && stepIndex(state) >= state.trace.entries.length - 1) goToIndex(0);
      set({ playing });
    },
    setSpeed(speed) {
      if ((PLAY_SPEEDS as readonly number[]).includes(speed)) set({ speed });
    },
  };
};
