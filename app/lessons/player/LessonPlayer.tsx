import '../../styles/widgets.css';
import '../../styles/lessons.css';
import { lessonIndex } from 'virtual:lessons';
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { LessonView } from './LessonView';
import { useStoredProgress } from './progress-actions';
import { useLesson } from './use-lesson';

/**
 * The lesson player: loads the open lesson, then shows it. A slug that names no
 * lesson sends the learner to the index with a notice, never to a broken page.
 */
export function LessonPlayer() {
  useStoredProgress(lessonIndex);
  const store = useAppStoreApi();
  const slug = useAppStore((s) => s.lessonSlug);
  const load = useLesson(slug);
  useEffect(() => {
    if (load.status !== 'missing') return;
    const state = store.getState();
    if (slug !== null) {
      state.addNotice({
        key: 'lesson',
        given: slug.slice(0, 40),
        message: 'there is no lesson of that name; showing the list of lessons instead.',
      });
    }
    state.setView('lessons');
  }, [load.status, slug, store]);
  if (load.status !== 'ready') {
    return (
      <main id="main" className="lesson-player lesson-loading" aria-busy="true">
        <p className="placeholder">Loading the lesson…</p>
      </main>
    );
  }
  return <LessonView key={load.lesson.meta.slug} lesson={load.lesson} />;
}
