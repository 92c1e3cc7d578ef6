/**
 * The playground's footprint in the app's store: plain data only, so the
 * first load carries none of the expression engine. The page itself (a lazy
 * chunk with its own store) reads its starting query from here and mirrors what
 * it shows back as a snapshot, which the address bar, the embed's messages and
 * presenter mode read; it registers its controls, which they drive.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store';

/**
 * What the playground shows, as data (every number at full precision): the
 * address bar, presenter windows and the embed's `state` message each read
 * their part of it.
 */
export interface PlaygroundSnapshot {
  readonly formula: string;
  readonly leaves: Readonly<Record<string, number>>;
  /** f */
  readonly value: number;
  /** every node's value by id: the leaves, v1, …, f */
  readonly values: Readonly<Record<string, number>>;
  /** ∂f/∂leaf */
  readonly gradients: Readonly<Record<string, number>>;
  /** every entry of the current mode's step-through, by id */
  readonly quantities: Readonly<Record<string, number>>;
  readonly step: string;
  readonly mode: 'reverse' | 'forward';
  /** forward mode's seeded leaf */
  readonly seed: string | null;
  /** the playground's query, without view: f=…&x=…&step=… */
  readonly search: string;
}

/** What presenter windows share of the playground: enough for another to show the same. */
export type PlaygroundShown = Pick<
  PlaygroundSnapshot,
  'formula' | 'leaves' | 'step' | 'mode' | 'seed'
>;

/** What other parts of the app may ask of the mounted playground. */
export interface PlaygroundControl {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  goTo(step: string): boolean;
  readonly playing: () => boolean;
  setPlaying(playing: boolean): void;
  /** leaf values by name, as text or numbers; returns what it refused */
  setLeaves(values: Readonly<Record<string, number | string>>): { key: string; message: string }[];
  /** a new formula (and, optionally, leaf values); returns what it refused */
  setFormula(
    formula: string,
    values?: Readonly<Record<string, number | string>>,
  ): { key: string; message: string }[];
  /** back to the formula's starting values and the first step */
  reset(): void;
  /**
   * Shows what another presenter window shows: its formula, leaves, mode and step,
   * each checked as if typed here; returns what it refused.
   */
  show(shown: PlaygroundShown): { key: string; message: string }[];
}

export interface PlaygroundSlice {
  /** the query entries the playground starts from (its own reader checks them) */
  readonly playgroundQuery: readonly (readonly [string, string])[];
  readonly playground: PlaygroundSnapshot | null;
  readonly playgroundControl: PlaygroundControl | null;
  setPlayground(snapshot: PlaygroundSnapshot | null): void;
  setPlaygroundControl(control: PlaygroundControl | null): void;
  /** where a playground not yet mounted starts (another presenter window's formula) */
  setPlaygroundQuery(query: readonly (readonly [string, string])[]): void;
}

export const createPlaygroundSlice: StateCreator<AppState, [], [], PlaygroundSlice> = (set) => ({
  playgroundQuery: [],
  playground: null,
  playgroundControl: null,
  setPlayground: (playground) => set({ playground }),
  setPlaygroundControl: (playgroundControl) => set({ playgroundControl }),
  setPlaygroundQuery: (playgroundQuery) => set({ playgroundQuery }),
});
