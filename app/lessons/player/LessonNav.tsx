import { lessonIndex } from 'virtual:lessons';
import { useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { Lesson } from '../schema';
import { LessonLink } from './LessonLink';
import { useNavFit } from './use-nav-fit';

interface LessonNavProps {
  readonly lesson: Lesson;
  readonly index: number;
}

/**
 * Previous and Next, a dot per step (seen ones filled), and at the end the way on,
 * always on one row: where the dots do not fit beside the buttons' words, the
 * buttons become arrows, and where they still do not fit, a count replaces them.
 */
export function LessonNav({ lesson, index }: LessonNavProps) {
  const store = useAppStoreApi();
  const slug = lesson.meta.slug;
  const visited = useAppStore((s) => s.progress.lessons[slug]?.visited);
  const count = lesson.steps.length;
  const atStart = index === 0;
  const atEnd = index >= count - 1;
  const following = lessonIndex.find((meta) => meta.order > lesson.meta.order);
  const s = () => store.getState();
  const nav = useRef<HTMLElement>(null);
  const fit = useNavFit(nav, count);
  return (
    <nav ref={nav} className="lesson-nav" aria-label="Lesson steps" data-fit={fit}>
      <button
        type="button"
        className="tool lesson-prev"
        aria-disabled={atStart}
        aria-keyshortcuts="ArrowLeft PageUp"
        onClick={() => !atStart && s().previousLessonStep()}
      >
        <span aria-hidden="true">←</span>
        <span className="lesson-nav-word">Previous</span>
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
            <span className="lesson-nav-word">Next lesson</span>
            <span className="visually-hidden">: {following.title}</span>
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
            <span className="lesson-nav-word">All lessons</span>
            <span className="lesson-nav-compact" aria-hidden="true">
              ↑
            </span>
          </a>
        )
      ) : (
        <button
          type="button"
          className="button lesson-next"
          aria-keyshortcuts="ArrowRight PageDown"
          onClick={() => s().nextLessonStep()}
        >
          <span className="lesson-nav-word">Next</span>
          <span aria-hidden="true">→</span>
        </button>
      )}
    </nav>
  );
}
