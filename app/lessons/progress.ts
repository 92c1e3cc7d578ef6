/**
 * What a learner has done, kept in localStorage: the steps visited and the checks
 * answered, per lesson. The stored value is read with suspicion (another version of
 * the app, another app on the same origin, a hand edit, a full disk): what is valid
 * is kept, the rest dropped, and nothing here ever throws.
 */
import {
  EMPTY_PROGRESS,
  PROGRESS_VERSION,
  type LessonProgress,
  type Progress,
} from '../store/progress-state';
import type { LessonMeta } from './schema';

export const PROGRESS_KEY = 'backprop-lab:progress';
export {
  EMPTY_PROGRESS,
  PROGRESS_VERSION,
  type LessonProgress,
  type Progress,
} from '../store/progress-state';

/** No honest value comes near this; a bigger one is not parsed at all. */
const MAX_STORED_CHARS = 200_000;

/** What the reader needs to know of each lesson to judge stored entries. */
export type LessonShapes = ReadonlyMap<string, Pick<LessonMeta, 'stepCount' | 'checks'>>;

export const shapesOf = (index: readonly LessonMeta[]): LessonShapes =>
  new Map(index.map((meta) => [meta.slug, meta]));

export interface ReadResult {
  readonly progress: Progress;
  /** true when the stored value as a whole could not be used and was discarded */
  readonly discarded: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readLesson(
  value: unknown,
  { stepCount, checks }: Pick<LessonMeta, 'stepCount' | 'checks'>,
): LessonProgress | undefined {
  if (!isRecord(value)) return undefined;
  const visited = Array.isArray(value.visited)
    ? [
        ...new Set(
          value.visited.filter(
            (n): n is number =>
              Number.isInteger(n) && (n as number) >= 0 && (n as number) < stepCount,
          ),
        ),
      ].sort((a, b) => a - b)
    : [];
  const answered = Array.isArray(value.answered)
    ? [
        ...new Set(
          value.answered.filter(
            // Only the lesson's own checks: another id would count an answer never given.
            (id): id is string => typeof id === 'string' && checks.includes(id),
          ),
        ),
      ]
    : [];
  const updated =
    typeof value.updated === 'number' && Number.isFinite(value.updated) && value.updated >= 0
      ? value.updated
      : 0;
  if (visited.length === 0 && answered.length === 0) return undefined;
  return { visited, answered, updated };
}

/**
 * Reads a stored value. Entries of unknown lessons, out-of-range steps and values of
 * the wrong type are dropped one by one; a value that is not our versioned object at
 * all is discarded whole.
 */
export function parseProgress(raw: string | null, shapes: LessonShapes): ReadResult {
  if (raw === null) return { progress: EMPTY_PROGRESS, discarded: false };
  const discard = { progress: EMPTY_PROGRESS, discarded: true };
  if (raw.length > MAX_STORED_CHARS) return discard;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return discard;
  }
  if (!isRecord(value) || value.v !== PROGRESS_VERSION || !isRecord(value.lessons)) return discard;
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, shape] of shapes) {
    if (!Object.hasOwn(value.lessons, slug)) continue;
    const lesson = readLesson(value.lessons[slug], shape);
    if (lesson) lessons[slug] = lesson;
  }
  return { progress: { v: PROGRESS_VERSION, lessons }, discarded: false };
}

/** localStorage, or undefined where touching it throws (disabled storage, sandboxed frames). */
export function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Reads the stored progress; a discarded value is removed so it is not reported again. */
export function loadProgress(
  shapes: LessonShapes,
  storage: Storage | undefined = defaultStorage(),
): ReadResult {
  let raw: string | null;
  try {
    raw = storage?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    return { progress: EMPTY_PROGRESS, discarded: false };
  }
  const result = parseProgress(raw, shapes);
  if (result.discarded) {
    try {
      storage?.removeItem(PROGRESS_KEY);
    } catch {
      // Nothing to do: the next save overwrites it, or the app works without saving.
    }
  }
  return result;
}

/** Stores the progress; false when the storage refused (full, disabled, private mode). */
export function saveProgress(
  progress: Progress,
  storage: Storage | undefined = defaultStorage(),
): boolean {
  if (!storage) return false;
  try {
    if (Object.keys(progress.lessons).length === 0) storage.removeItem(PROGRESS_KEY);
    else storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

const lessonOf = (progress: Progress, slug: string): LessonProgress =>
  progress.lessons[slug] ?? { visited: [], answered: [], updated: 0 };

const withLesson = (progress: Progress, slug: string, lesson: LessonProgress): Progress => ({
  v: PROGRESS_VERSION,
  lessons: { ...progress.lessons, [slug]: lesson },
});

/** The progress with step `index` of lesson `slug` visited (the same object if it already was). */
export function withVisit(
  progress: Progress,
  slug: string,
  index: number,
  now = Date.now(),
): Progress {
  const lesson = lessonOf(progress, slug);
  if (lesson.visited.includes(index)) return progress;
  const visited = [...lesson.visited, index].sort((a, b) => a - b);
  return withLesson(progress, slug, { ...lesson, visited, updated: now });
}

/** The progress with the check of step `stepId` answered. */
export function withAnswer(
  progress: Progress,
  slug: string,
  stepId: string,
  now = Date.now(),
): Progress {
  const lesson = lessonOf(progress, slug);
  if (lesson.answered.includes(stepId)) return progress;
  return withLesson(progress, slug, {
    ...lesson,
    answered: [...lesson.answered, stepId],
    updated: now,
  });
}

/** A lesson's progress for display: how many steps seen, how many checks answered. */
export function lessonSummary(progress: Progress, meta: Pick<LessonMeta, 'slug' | 'stepCount'>) {
  const lesson = progress.lessons[meta.slug];
  const visited = lesson?.visited.filter((i) => i < meta.stepCount).length ?? 0;
  return {
    visited,
    answered: lesson?.answered.length ?? 0,
    /** the first step not yet visited: where "Continue" goes */
    resumeAt: lesson ? firstUnvisited(lesson.visited, meta.stepCount) : 0,
    started: visited > 0,
    complete: visited >= meta.stepCount && meta.stepCount > 0,
  };
}

function firstUnvisited(visited: readonly number[], stepCount: number): number {
  for (let i = 0; i < stepCount; i++) if (!visited.includes(i)) return i;
  return 0; // all seen: start again from the top
}
