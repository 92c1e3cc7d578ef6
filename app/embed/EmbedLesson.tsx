import '../styles/widgets.css';
import '../styles/lessons.css';
import './embed-lesson.css';
import { lessonIndex } from 'virtual:lessons';
import { useEffect } from 'react';
import { LessonView } from '../lessons/player/LessonView';
import { useStoredProgress } from '../lessons/player/progress-actions';
import { useLesson } from '../lessons/player/use-lesson';
import { useAppStore, useAppStoreApi } from '../store/context';
import { LESSON_MISSING } from './lesson-notice';

/**
 * One lesson in the widget (?lesson=<slug>&lstep=<n>): the player without the
 * site's header. Loaded only when asked for, so the widget's first load stays
 * light. A slug that names no lesson falls back to the widget's panels.
 */
export function EmbedLesson() {
  useStoredProgress(lessonIndex);
  const store = useAppStoreApi();
  const slug = useAppStore((s) => s.lessonSlug);
  const load = useLesson(slug);
  useEffect(() => {
    if (load.status !== 'missing') return;
    const state = store.getState();
    state.addNotice({ key: 'lesson', given: (slug ?? '').slice(0, 40), message: LESSON_MISSING });
    state.setView('explorer');
  }, [load.status, slug, store]);
  if (load.status !== 'ready') {
    return (
      <div className="lesson-player lesson-loading" aria-busy="true">
        <p className="placeholder">Loading the lesson…</p>
      </div>
    );
  }
  return <LessonView key={load.lesson.meta.slug} lesson={load.lesson} />;
}
