/**
 * The shape of a learner's progress as the store holds it (the lessons code
 * reads and writes it: lessons/progress.ts), so the store needs nothing of the
 * lessons to hold it.
 */
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** 0-based indexes of the steps seen, ascending, no repeats */
  readonly visited: readonly number[];
  /** ids of the steps whose check was answered right */
  readonly answered: readonly string[];
  /** when this lesson's progress last changed (ms since 1970) */
  readonly updated: number;
}

export interface Progress {
  readonly v: typeof PROGRESS_VERSION;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
}

export const EMPTY_PROGRESS: Progress = { v: PROGRESS_VERSION, lessons: {} };
