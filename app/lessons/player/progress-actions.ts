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

const warned = new WeakSet<AppStore>();

function store(app: AppStore, progress: Progress): void {
  app.getState().setProgress(progress);
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

/** Reads the stored progress into the store, once; a damaged value is reported and discarded. */
export function useStoredProgress(index: readonly LessonMeta[]): void {
  const app = useAppStoreApi();
  // Before paint, so the index never flashes "Start" where it should say "Continue".
  useLayoutEffect(() => {
    if (app.getState().progressLoaded) return;
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
