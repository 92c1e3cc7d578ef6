import { useCallback, useEffect, useRef } from 'react';
import { handleShortcut } from '../../explorer/shortcuts';
import { fitDisplayMath } from '../../ui/fit-math';
import { useAppStore, useAppStoreApi } from '../../store/context';
import type { Lesson } from '../schema';
import { CheckCard } from './CheckCard';
import { LessonBar } from './LessonBar';
import { LessonNav } from './LessonNav';
import { LessonStage } from './LessonStage';
import { useApplyStep } from './use-apply-step';
import { useCitations } from './use-citations';

interface LessonBodyProps {
  readonly lesson: Lesson;
  /** the current step, known to be in range */
  readonly index: number;
}

/** Keys of the player (see LESSON_SHORTCUTS): ←/→ turn the lesson's pages. */
function useLessonKeys() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handleShortcut(event, store.getState());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

/**
 * A lesson step: its text (rendered at build time) and check on one side, the
 * live explorer set to the step's state on the other.
 */
export function LessonBody({ lesson, index }: LessonBodyProps) {
  const store = useAppStoreApi();
  const step = lesson.steps[index]!;
  const slug = lesson.meta.slug;
  const count = lesson.steps.length;
  // A widget shows its own numbers: the one a check asks for stays hidden until answered or revealed.
  const revealed = useAppStore((s) => s.lessonRevealed);
  const seed = useAppStore((s) => s.practiceSeed);
  useApplyStep(slug, step, index);
  useLessonKeys();

  // A widget reports its values on every change; the check reads the latest when judging.
  const widgetValues = useRef<Record<string, number>>({});
  const onWidgetValues = useCallback((values: Record<string, number>) => {
    widgetValues.current = values;
  }, []);
  const widgetValue = useCallback((id: string) => widgetValues.current[id], []);

  // A new step starts at its top: the text scrolls back, and on a phone the page to the heading.
  const text = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    text.current?.scrollTo?.({ top: 0 });
    const top = heading.current?.getBoundingClientRect().top ?? 0;
    if (top < 0) heading.current?.scrollIntoView({ block: 'start' });
  }, [index]);

  useCitations(text, step, seed);

  // Each step's display math fitted to the column (a matrix equation on a phone, or zoomed).
  useEffect(() => (text.current ? fitDisplayMath(text.current) : undefined), [index, seed]);

  // A check on a widget step may ask for the widget's own quantity or for the network's.
  const checksWidget =
    step.widget !== undefined &&
    step.check !== undefined &&
    !(step.check.quantity in store.getState().trace.quantities);
  const answeredBefore =
    seed === null && (store.getState().progress.lessons[slug]?.answered.includes(step.id) ?? false);
  // New numbers change the network, not a widget's own values: offered where they matter.
  const offerPractice = seed !== null || !step.widget || (step.panels?.length ?? 0) > 0;
  const title = step.title ?? `Step ${index + 1}`;
  return (
    <main id="main" className="lesson-player" data-lesson={slug} data-step={step.id}>
      <LessonBar title={lesson.meta.title} practice={offerPractice} />
      <div className="lesson-layout">
        {/* Focusable: on a wide screen the text scrolls in its own column, and a step with no
            control in it must still scroll from the keyboard. */}
        <article
          ref={text}
          className="lesson-text"
          aria-labelledby="lesson-step-title"
          tabIndex={0}
        >
          <p className="lesson-count">
            Step {index + 1} of {count}
          </p>
          <h2 id="lesson-step-title" ref={heading} className="lesson-step-title">
            {title}
          </h2>
          {seed !== null && !step.widget && (
            <p className="practice-note">
              Practice numbers: every figure in the text, the explorer and the check comes from the
              new numbers. Remarks about particular values were written for the article’s.
            </p>
          )}
          <div className="lesson-prose" dangerouslySetInnerHTML={{ __html: step.html }} />
          {step.check && (
            <CheckCard
              key={`${step.id}:${seed ?? ''}`}
              slug={slug}
              stepId={step.id}
              check={step.check}
              widgetValue={checksWidget ? widgetValue : undefined}
              answeredBefore={answeredBefore}
            />
          )}
        </article>
        <LessonNav lesson={lesson} index={index} />
        <LessonStage
          step={step}
          onWidgetValues={onWidgetValues}
          conceal={checksWidget && !revealed ? step.check!.quantity : null}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {`Step ${index + 1} of ${count}: ${title}`}
      </p>
    </main>
  );
}
