import { useEffect } from 'react';
import type { LessonLoad } from '../lessons/player/use-lesson';
import { useAppStore, useAppStoreApi } from '../store/context';

/** A lesson's current page for the speaker: its title and notes, and the next page's title. */
export function SpeakerLessonNotes({ load }: { load: LessonLoad }) {
  const store = useAppStoreApi();
  const index = useAppStore((s) => s.lessonStep);
  const lesson = load.status === 'ready' ? load.lesson : null;
  const count = lesson?.steps.length ?? 0;
  // The player is not mounted here: the step count that bounds stepping comes from this view.
  useEffect(() => {
    if (count > 0) store.getState().setLessonStepCount(count);
  }, [store, count]);
  if (load.status === 'loading') return <p className="placeholder">Loading the lesson…</p>;
  if (!lesson) return <p className="placeholder">There is no lesson of that name.</p>;
  const step = lesson.steps[Math.min(index, count - 1)];
  const next = lesson.steps[index + 1];
  if (!step) return <p className="placeholder">This lesson has no steps yet.</p>;
  return (
    <>
      <section className="speaker-current" aria-labelledby="speaker-current-title">
        <p className="speaker-label">
          {lesson.meta.title} — page {index + 1} of {count}
        </p>
        <h2 id="speaker-current-title" className="speaker-title" data-speaker-step={step.id}>
          {step.title ?? `Step ${index + 1}`}
        </h2>
        {step.notesHtml ? (
          // Rendered from content/ at build time, as the player renders the prose.
          <div className="speaker-notes" dangerouslySetInnerHTML={{ __html: step.notesHtml }} />
        ) : (
          <p className="speaker-notes speaker-muted">No notes for this page.</p>
        )}
      </section>
      <section className="speaker-next" aria-labelledby="speaker-next-title">
        <h2 id="speaker-next-title" className="speaker-label">
          Next
        </h2>
        <p className="speaker-next-step" data-speaker-next={next?.id}>
          {next ? (next.title ?? `Step ${index + 2}`) : 'The last page.'}
        </p>
      </section>
    </>
  );
}
