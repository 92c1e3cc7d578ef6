/**
 * The app's state: one vanilla zustand store per mounted app (so a page can hold
 * two apps side by side), composed of slices. The trace is kept in the store,
 * recomputed once per change, and every view reads it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_SIGNIFICANT_DIGITS } from '../engine/format';
import type { Model } from '../engine/model';
import { NOTATIONS, type NotationId } from '../engine/notation';
import type { Notice } from '../engine/query';
import { computeTrace } from '../engine/trace';
import type { DataSetup } from '../engine/data-link';
import { createDataSlice, type DataSlice } from './data-slice';
import { createLessonSlice, type LessonSlice } from './lesson-slice';
import { createNetworkSlice, type NetworkSlice } from './network-slice';
import { createPlaygroundSlice, type PlaygroundSlice } from './playground-slice';
import { createStepSlice, type StepSlice } from './step-slice';
import { createTrainingSlice, type TrainingSlice } from './training-slice';
import { createViewSlice, type PresentMode, type View, type ViewSlice } from './view-slice';

export { VIEWS, type View } from './view-slice';

export type AppState = NetworkSlice &
  StepSlice &
  ViewSlice &
  TrainingSlice &
  LessonSlice &
  PlaygroundSlice &
  DataSlice;
/** Kept for readers that name the two halves; every action lives on AppState. */
export type AppActions = AppState;
export type AppStore = StoreApi<AppState>;

export interface InitialState {
  readonly model: Model;
  readonly notation?: NotationId;
  readonly digits?: number;
  readonly view?: View;
  readonly step?: string;
  readonly notices?: readonly Notice[];
  /** the lesson to open (view 'lesson'), its step (0-based) and practice seed */
  readonly lesson?: string;
  readonly lessonStep?: number;
  readonly practice?: number;
  /** presenter mode (?present=1 or ?present=speaker) */
  readonly present?: PresentMode;
  /** false: the reader may not edit (the embed's edit=0); the host's messages still apply */
  readonly editable?: boolean;
  /** the query the playground starts from (?view=playground&f=…&x=…) */
  readonly playgroundQuery?: readonly (readonly [string, string])[];
  /** false: the sheet is the exercise (?answers=0), blanks where the computed numbers go */
  readonly answers?: boolean;
  /** launched from a SCORM package (?scorm=<lesson>|all): the package's scope */
  readonly scorm?: string;
  /** data=…: many examples, the first of which the model already shows */
  readonly data?: DataSetup;
}

export function createAppStore(initial: InitialState): AppStore {
  const notation = initial.notation ?? 'article';
  const trace = computeTrace(initial.model, NOTATIONS[notation]);
  const stepKnown = trace.entries.some((e) => e.id === initial.step);
  const notices = [...(initial.notices ?? [])];
  if (initial.step !== undefined && !stepKnown) {
    notices.push({
      key: 'step',
      given: initial.step.slice(0, 40),
      message: `step must be a quantity of this network (net_h1, dE_dw5, …); starting at the first step instead.`,
    });
  }
  return createStore<AppState>()((...a) => ({
    ...createNetworkSlice(...a),
    ...createStepSlice(...a),
    ...createViewSlice(...a),
    ...createTrainingSlice(...a),
    ...createLessonSlice(...a),
    ...createPlaygroundSlice(...a),
    ...createDataSlice(...a),
    data: initial.data ?? null,
    playgroundQuery: initial.playgroundQuery ?? [],
    model: initial.model,
    trace,
    notation,
    digits: initial.digits ?? DEFAULT_SIGNIFICANT_DIGITS,
    view: initial.view ?? 'explorer',
    lessonSlug: initial.lesson ?? null,
    lessonStep: initial.lessonStep ?? 0,
    practiceSeed: initial.practice ?? null,
    present: initial.present ?? 'off',
    editable: initial.editable ?? true,
    answers: initial.answers ?? true,
    scorm: initial.scorm ?? null,
    // Opened straight into a lesson: the address's own network is the explorer's to come back to.
    explorerNetwork:
      initial.view === 'lesson' ? { model: initial.model, past: [], future: [] } : null,
    notices,
    step: stepKnown ? initial.step! : (trace.entries[0]?.id ?? ''),
  }));
}
