/**
 * Progress in the store, kept in step with localStorage: read once when the
 * lessons code first mounts, written on every change. Storage that refuses (full,
 * disabled, private mode) costs only the saving, said once in a notice.
 */
import { useLayoutEffect } from 'react';
import type { AppStore } from '../../store/app-store';
import { useAppStoreApi } from '../../store/context';
import {
  EMPTY_PROGRESS,
  loadProgress,
  saveProgress,
  shapesOf,
  withAnswer,
  withVisit,
  type Progress,
} from '../progress';
import type { LessonMeta } from '../schema';
import { attachScorm } from '../scorm/attach-scorm';

const warned = new WeakSet<AppStore>();

function store(app: AppStore, progress: Progress): void {
  app.getState().setProgress(progress);
  // Inside an LMS the progress is the LMS's to keep (lms/attach-scorm.ts reports it).
  if (app.getState().scorm !== null) return;
  if (!saveProgress(progress) && !warned.has(app)) {
    warned.add(app);
    app.getState().addNotice({
      key: 'progress',
      given: '',
      message:
        'this browser does not let the app save your progress; it is kept until you leave the page.',
    });
  }
}

/**
 * Reads the progress into the store, once: the LMS's record in a SCORM package, else this
 * browser's; a damaged value is reported and discarded.
 */
export function useStoredProgress(index: readonly LessonMeta[]): void {
  const app = useAppStoreApi();
  // Before paint, so the index never flashes "Start" where it should say "Continue".
  useLayoutEffect(() => {
    if (app.getState().progressLoaded) return;
    // Launched from a SCORM package, the LMS keeps the progress, when there is one.
    const scorm = app.getState().scorm;
    if (scorm !== null && attachScorm(app, window, scorm, index)) return;
    const { progress, discarded } = loadProgress(shapesOf(index));
    app.getState().setProgress(progress);
    if (discarded) {
      app.getState().addNotice({
        key: 'progress',
        given: '',
        message: 'your saved lesson progress could not be read, so it starts afresh.',
      });
    }
  }, [app, index]);
}

export function recordVisit(app: AppStore, slug: string, step: number): void {
  const { progress } = app.getState();
  const next = withVisit(progress, slug, step);
  if (next !== progress) store(app, next);
}

export function recordAnswer(app: AppStore, slug: string, stepId: string): void {
  const { progress } = app.getState();
  const next = withAnswer(progress, slug, stepId);
  if (next !== progress) store(app, next);
}

export function resetProgress(app: AppStore): void {
  store(app, EMPTY_PROGRESS);
}
