import '../../formulas/katex-style';
// The lessons' prose carries KaTeX HTML rendered at build time; it needs KaTeX's style sheet.
import { useLayoutEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { Lesson } from '../schema';
import { LessonBody } from './LessonBody';

/**
 * A loaded lesson. Before anything is applied it checks the requested step: one
 * past the lesson's end (an old or mistyped link) starts at step 1, with a notice.
 */
export function LessonView({ lesson }: { lesson: Lesson }) {
  const store = useAppStoreApi();
  const count = lesson.steps.length;
  const requested = useAppStore((s) => s.lessonStep);
  const known = useAppStore((s) => s.lessonStepCount === count);
  // Before paint and before any step is applied, so a bad step is never shown or recorded.
  useLayoutEffect(() => {
    const state = store.getState();
    state.setLessonStepCount(count);
    if (state.lessonStep >= count && count > 0) {
      state.addNotice({
        key: 'lstep',
        given: String(state.lessonStep + 1),
        message: `this lesson has ${count} ${count === 1 ? 'step' : 'steps'}; starting at step 1 instead.`,
      });
      state.setLessonStep(0);
    }
  }, [store, count]);
  if (count === 0) {
    return (
      <main id="main" className="lesson-player">
        <p className="placeholder">This lesson has no steps yet.</p>
      </main>
    );
  }
  // Until the count is recorded (a moment, but a painted one on a slow machine), the player is
  // still loading: say so, so an embed's auto-size does not take this empty moment for its height.
  if (!known || requested >= count) return <div className="lesson-player" aria-busy="true" />;
  return <LessonBody lesson={lesson} index={requested} />;
}
