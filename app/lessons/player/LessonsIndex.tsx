import '../../styles/lessons.css';
import { lessonIndex } from 'virtual:lessons';
import { useAppStore } from '../../store/context';
import { LessonCard } from './LessonCard';
import { useStoredProgress } from './progress-actions';
import { ResetProgress } from './ResetProgress';

/** The lessons, in order, each with its time, prerequisites and the learner's progress. */
export function LessonsIndex() {
  useStoredProgress(lessonIndex);
  const progress = useAppStore((s) => s.progress);
  const titles = new Map(lessonIndex.map((meta) => [meta.slug, meta.title]));
  return (
    <main id="main" className="lessons-index">
      <div className="lessons-head">
        <h1>Lessons</h1>
        <p className="lessons-intro">
          Short lessons, each with the live network beside the text. Predict each value before the
          explorer shows it.
        </p>
      </div>
      {lessonIndex.length === 0 ? (
        <p className="placeholder">No lessons yet.</p>
      ) : (
        <ol className="lesson-cards">
          {lessonIndex.map((meta) => (
            <LessonCard key={meta.slug} meta={meta} progress={progress} titles={titles} />
          ))}
        </ol>
      )}
      <ResetProgress />
    </main>
  );
}
