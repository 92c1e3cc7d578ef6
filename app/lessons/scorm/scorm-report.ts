/**
 * What a lesson tells the LMS, worked out from the learner's progress: pure, so
 * every rule is tested without an LMS. A package reports on its scope: one lesson,
 * or every lesson (the package with them all).
 */
import {
  PROGRESS_VERSION,
  parseProgress,
  shapesOf,
  type Progress,
  type ReadResult,
} from '../progress';
import type { LessonMeta } from '../schema';

export type ScopeLesson = Pick<LessonMeta, 'slug' | 'stepCount' | 'checks'>;

/** The lessons a package reports on, and whether it is the one with them all. */
export interface Scope {
  readonly lessons: readonly ScopeLesson[];
  readonly all: boolean;
}

/** cmi.core.lesson_status values this app writes. */
export type Status = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface Report {
  readonly status: Status;
  /** 0–100 from the checks answered right; null when the scope asks no check */
  readonly score: number | null;
}

/** SCORM 1.2 keeps at most this many characters of suspend data. */
export const SUSPEND_DATA_LIMIT = 4096;

/**
 * The scope's state: complete once every step has been seen; then passed or failed
 * against the LMS's mastery score when there is one and the scope asks checks.
 */
export function reportOf(progress: Progress, scope: Scope, mastery: number | null): Report {
  let checks = 0;
  let right = 0;
  let complete = true;
  for (const lesson of scope.lessons) {
    const own = progress.lessons[lesson.slug];
    checks += lesson.checks.length;
    right += own?.answered.filter((id) => lesson.checks.includes(id)).length ?? 0;
    const seen = own?.visited.filter((i) => i < lesson.stepCount).length ?? 0;
    if (seen < lesson.stepCount) complete = false;
  }
  const score = checks > 0 ? Math.round((100 * right) / checks) : null;
  if (!complete) return { status: 'incomplete', score };
  if (mastery !== null && score !== null) {
    return { status: score >= mastery ? 'passed' : 'failed', score };
  }
  return { status: 'completed', score };
}

const RANK: Readonly<Record<string, number>> = {
  incomplete: 1,
  failed: 2,
  completed: 3,
  passed: 4,
};

/**
 * The status to write, or null to leave the LMS's: a status only ever goes up (a learner
 * who passed and comes back to look stays passed; failed may yet become passed).
 */
export function statusToWrite(held: string, next: Status): Status | null {
  return RANK[next]! > (RANK[held] ?? 0) ? next : null;
}

/** The LMS's mastery score, 0–100, or null when it sets none (or sets nonsense). */
export function readMastery(raw: string): number | null {
  if (raw.trim() === '') return null;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** The scope's progress as suspend data: the steps seen and checks answered, nothing else. */
export function suspendDataOf(progress: Progress, scope: Scope): string {
  const lessons: Record<string, { visited: readonly number[]; answered: readonly string[] }> = {};
  for (const { slug } of scope.lessons) {
    const own = progress.lessons[slug];
    if (own) lessons[slug] = { visited: own.visited, answered: own.answered };
  }
  return JSON.stringify({ v: PROGRESS_VERSION, lessons });
}

/** Suspend data read back with the same suspicion as stored progress (progress.ts). */
export function readSuspendData(raw: string, scope: Scope): ReadResult {
  return parseProgress(raw === '' ? null : raw, shapesOf(scope.lessons as LessonMeta[]));
}

/**
 * Where the learner is, as cmi.core.lesson_location: the step (from 1) in a one-lesson
 * package, "slug/step" in the package with every lesson; empty on the lessons index.
 */
export function locationOf(scope: Scope, slug: string | null, step: number): string {
  if (slug === null || !scope.lessons.some((l) => l.slug === slug)) return '';
  return scope.all ? `${slug}/${step + 1}` : String(step + 1);
}

/** A stored location back to a lesson and a 0-based step; null when it names nothing in scope. */
export function readLocation(scope: Scope, raw: string): { slug: string; step: number } | null {
  const [first, second] = raw.split('/');
  const slug = scope.all ? first : scope.lessons[0]?.slug;
  const stepText = scope.all ? second : first;
  const lesson = scope.lessons.find((l) => l.slug === slug);
  if (!lesson || stepText === undefined || !/^[1-9]\d*$/.test(stepText)) return null;
  const step = Number(stepText) - 1;
  return step < lesson.stepCount ? { slug: lesson.slug, step } : null;
}

/** A duration as SCORM 1.2 writes it (CMITimespan): HHHH:MM:SS.SS, hours from two to four digits. */
export function sessionTime(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const seconds = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const [whole, fraction] = seconds.toFixed(2).split('.');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(Number(whole), 2)}.${fraction}`;
}
