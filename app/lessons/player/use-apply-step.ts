/**
 * Entering a lesson step sets the explorer beside it: the step's model (over the
 * article's numbers or a practice set's), the step-through at the step's focus,
 * and what is shown (see stepVisibility). The learner may then change anything;
 * the next step starts again from its own state.
 */
import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { LessonStep } from '../schema';
import { sameModel, stepModel, stepVisibility } from '../step-state';
import { recordVisit } from './progress-actions';

/**
 * The explorer as a step sets it: the step's model and its focus, play stopped.
 * The speaker view does the same on its own, so both windows of a talk agree.
 */
export function enterStep(
  store: AppStore,
  step: Pick<LessonStep, 'state' | 'focus'>,
  seed: number | null,
): void {
  const state = store.getState();
  const model = stepModel(step, seed);
  if (!sameModel(model, state.model)) state.setModel(model);
  const { trace, goTo, first, setPlaying } = store.getState();
  setPlaying(false);
  if (step.focus !== undefined && step.focus in trace.quantities) goTo(step.focus);
  else first();
}

export function useApplyStep(slug: string, step: LessonStep, index: number): void {
  const store = useAppStoreApi();
  const seed = useAppStore((s) => s.practiceSeed);
  const revealed = useAppStore((s) => s.lessonRevealed);

  useEffect(() => {
    enterStep(store, step, seed);
    recordVisit(store, slug, index);
    // A check answered on an earlier visit opens answered; practice numbers are new ones.
    const answered = store.getState().progress.lessons[slug]?.answered.includes(step.id);
    if (seed === null && step.check && answered) store.getState().setLessonRevealed(true);
  }, [store, slug, step, index, seed]);

  useEffect(() => {
    const state = store.getState();
    const { showAll, concealed } = stepVisibility(
      step,
      revealed,
      state.trace.entries.map((e) => e.id),
    );
    state.setShowAll(showAll);
    state.setConcealed(concealed);
  }, [store, step, revealed, seed]);

  // Leaving the player: nothing stays hidden, and "Show all values" is as the learner left it.
  useEffect(() => {
    const showAllBefore = store.getState().showAll;
    return () => {
      store.getState().setConcealed(null);
      store.getState().setShowAll(showAllBefore);
    };
  }, [store]);
}
