import { lessonIndex } from 'virtual:lessons';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { Lesson } from '../schema';
import { LessonLink } from './LessonLink';

interface LessonNavProps {
  readonly lesson: Lesson;
  readonly index: number;
}

/** Previous and Next, a dot per step (seen ones filled), and at the end the way on. */
export function LessonNav({ lesson, index }: LessonNavProps) {
  const store = useAppStoreApi();
  const slug = lesson.meta.slug;
  const visited = useAppStore((s) => s.progress.lessons[slug]?.visited);
  const count = lesson.steps.length;
  const atStart = index === 0;
  const atEnd = index >= count - 1;
  const following = lessonIndex.find((meta) => meta.order > lesson.meta.order);
  const s = () => store.getState();
  return (
    <nav className="lesson-nav" aria-label="Lesson steps">
      <button
        type="button"
        className="tool lesson-prev"
        aria-disabled={atStart}
        aria-keyshortcuts="ArrowLeft PageUp"
        onClick={() => !atStart && s().previousLessonStep()}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <span className="lesson-nav-count" aria-hidden="true">
        {index + 1} / {count}
      </span>
      <ol className="lesson-dots">
        {lesson.steps.map((step, k) => {
          const seen = visited?.includes(k) ?? false;
          return (
            <li key={step.id}>
              <button
                type="button"
                className="lesson-dot"
                aria-current={k === index ? 'step' : undefined}
                data-seen={seen || undefined}
                aria-label={`Step ${k + 1}: ${step.title ?? step.id}${seen ? ' (seen)' : ''}`}
                title={step.title}
                onClick={() => s().setLessonStep(k)}
              />
            </li>
          );
        })}
      </ol>
      {atEnd ? (
        following ? (
          <LessonLink className="button lesson-next" slug={following.slug}>
            Next lesson<span className="visually-hidden">: {following.title}</span>
            <span aria-hidden="true">→</span>
          </LessonLink>
        ) : (
          <a
            className="button lesson-next"
            href="?view=lessons"
            onClick={(event) => {
              event.preventDefault();
              s().setView('lessons');
            }}
          >
            All lessons
          </a>
        )
      ) : (
        <button
          type="button"
          className="button lesson-next"
          aria-keyshortcuts="ArrowRight PageDown"
          onClick={() => s().nextLessonStep()}
        >
          Next<span aria-hidden="true">→</span>
        </button>
      )}
    </nav>
  );
}
