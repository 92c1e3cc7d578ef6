/**
 * Where a learner stands in a lesson: which lesson and step, whether practice
 * numbers replace the article's, whether the step's hidden values are shown, and
 * the progress kept across visits. The lesson's text lives with the player, which
 * loads it; the store holds only what other views and the URL need.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Model } from '../engine/model';
import type { Notice } from '../engine/query';
import { EMPTY_PROGRESS, type Progress } from './progress-state';
import type { AppState } from './app-store';

export interface LessonSlice {
  /** the open lesson, or null */
  readonly lessonSlug: string | null;
  /** 0-based index of the lesson's current step */
  readonly lessonStep: number;
  /** how many steps the open lesson has; 0 until it is loaded */
  readonly lessonStepCount: number;
  /** the practice set's seed, or null for the article's numbers */
  readonly practiceSeed: number | null;
  /** the current step's check has been answered, or its value revealed */
  readonly lessonRevealed: boolean;
  /**
   * the first quantity a lesson keeps hidden: it and every quantity after it in the
   * trace stay hidden (a check's answer, or a step with nothing reached yet); null for none
   */
  readonly concealed: string | null;
  readonly progress: Progress;
  /** whether progress has been read from storage yet (it is read once, by the lessons code) */
  readonly progressLoaded: boolean;
  /**
   * the SCORM package's scope (a lesson's slug, or 'all') while an LMS keeps the progress:
   * then the LMS is its only store, never this browser's (a school laptop has many learners)
   */
  readonly scorm: string | null;
  /**
   * the explorer's own network while a lesson is open (a lesson installs its own
   * model): put back when the learner leaves the lesson, with its undo history
   */
  readonly explorerNetwork: ExplorerNetwork | null;
  /** Opens a lesson at a step (0-based); the player checks both once the lesson is loaded. */
  openLesson(slug: string, step?: number): void;
  setLessonStep(step: number): void;
  nextLessonStep(): void;
  previousLessonStep(): void;
  setLessonStepCount(count: number): void;
  setPractice(seed: number | null): void;
  setLessonRevealed(revealed: boolean): void;
  setConcealed(quantity: string | null): void;
  setProgress(progress: Progress): void;
  setScorm(scope: string | null): void;
  /** Adds a notice (replacing one with the same key). */
  addNotice(notice: Notice): void;
}

export interface ExplorerNetwork {
  readonly model: Model;
  readonly past: readonly Model[];
  readonly future: readonly Model[];
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get) => {
  const goToStep = (step: number) => {
    const { lessonStep, lessonStepCount } = get();
    const last = Math.max(0, lessonStepCount - 1);
    const next = Math.min(last, Math.max(0, Math.trunc(step)));
    if (next !== lessonStep) set({ lessonStep: next, lessonRevealed: false });
  };
  return {
    lessonSlug: null,
    lessonStep: 0,
    lessonStepCount: 0,
    practiceSeed: null,
    lessonRevealed: false,
    concealed: null,
    progress: EMPTY_PROGRESS,
    progressLoaded: false,
    scorm: null,
    explorerNetwork: null,
    openLesson(slug, step = 0) {
      const { view, model, past, future, explorerNetwork } = get();
      if (view !== 'lesson' && explorerNetwork === null) {
        set({ explorerNetwork: { model, past, future } });
      }
      if (slug !== get().lessonSlug) set({ lessonStepCount: 0 });
      set({
        view: 'lesson',
        lessonSlug: slug,
        lessonStep: Math.max(0, Math.trunc(step)),
        lessonRevealed: false,
      });
    },
    setLessonStep: goToStep,
    nextLessonStep: () => goToStep(get().lessonStep + 1),
    previousLessonStep: () => goToStep(get().lessonStep - 1),
    setLessonStepCount(count) {
      set({ lessonStepCount: Math.max(0, Math.trunc(count)) });
    },
    setPractice: (practiceSeed) => set({ practiceSeed, lessonRevealed: false }),
    setLessonRevealed: (lessonRevealed) => set({ lessonRevealed }),
    setConcealed: (concealed) => set({ concealed }),
    setProgress: (progress) => set({ progress, progressLoaded: true }),
    setScorm: (scorm) => set({ scorm }),
    addNotice(notice) {
      set({ notices: [...get().notices.filter((n) => n.key !== notice.key), notice] });
    },
  };
};
