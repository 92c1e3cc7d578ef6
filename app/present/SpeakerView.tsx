import { lazy, Suspense, useEffect, useState } from 'react';
import { HelpDialog } from '../explorer/HelpDialog';
import { handleShortcut, PRESENTER_SHORTCUTS } from '../explorer/shortcuts';
import { enterStep } from '../lessons/player/use-apply-step';
import { useLesson } from '../lessons/player/use-lesson';
import type { Lesson } from '../lessons/schema';
import type { AppStore } from '../store/app-store';
import { ToolButton } from '../ui/ToolButton';
import { useAppStore, useAppStoreApi } from '../store/context';
import { SpeakerLessonNotes } from './SpeakerLessonNotes';
import { SpeakerStepNotes } from './SpeakerStepNotes';
import { SpeakerTimer } from './SpeakerTimer';
import { SpeakerTools } from './SpeakerTools';
import { useBlankKeys } from './use-blank-keys';

const [FORWARD, BACK] = PRESENTER_SHORTCUTS;

// The playground's notes need its engine: loaded only when the talk is about a formula.
const PlaygroundSpeakerNotes = lazy(() =>
  import('../playground/PlaygroundSpeakerNotes').then((m) => ({
    default: m.PlaygroundSpeakerNotes,
  })),
);

/**
 * Runs a move made in this window. A lesson page it turns to brings its numbers and
 * step at once, as the audience's player does, so the state sent on holds both and the
 * audience has nothing to add (which could pull this window back a page).
 */
function move(store: AppStore, lesson: Lesson | null, run: () => void): void {
  const before = store.getState().lessonStep;
  run();
  const state = store.getState();
  if (!lesson || state.view !== 'lesson' || state.lessonStep === before) return;
  const step = lesson.steps[state.lessonStep];
  if (step) enterStep(store, step, state.practiceSeed);
}

/**
 * The speaker's window (?present=speaker): the current step's notes, the next
 * step, a timer, buttons and keys that step both windows, and the numbers and
 * settings, which the audience's window follows as this one follows it.
 */
export function SpeakerView() {
  const store = useAppStoreApi();
  const slug = useAppStore((s) => (s.view === 'lesson' ? s.lessonSlug : null));
  const playground = useAppStore((s) => s.view === 'playground');
  const load = useLesson(slug);
  const lesson = load.status === 'ready' ? load.lesson : null;
  const blank = useAppStore((s) => s.blank);
  const hidden = useAppStore((s) => s.valuesHidden);
  const [helpOpen, setHelpOpen] = useState(false);
  useBlankKeys(store);
  useEffect(() => {
    document.documentElement.classList.add('present', 'present-speaker');
    return () => document.documentElement.classList.remove('present', 'present-speaker');
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) =>
      move(store, lesson, () => handleShortcut(event, store.getState()));
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, lesson]);
  return (
    <main id="main" className="speaker-view">
      <header className="speaker-bar">
        <h1 className="speaker-heading">Speaker view</h1>
        <SpeakerTimer />
        <div className="speaker-steppers">
          <ToolButton onClick={() => move(store, lesson, () => BACK?.run(store.getState()))}>
            ← Previous
          </ToolButton>
          <ToolButton onClick={() => move(store, lesson, () => FORWARD?.run(store.getState()))}>
            Next →
          </ToolButton>
          <ToolButton pressed={blank} keys="B" onClick={() => store.getState().setBlank(!blank)}>
            Blank the audience
          </ToolButton>
          <ToolButton
            pressed={hidden}
            keys="H"
            onClick={() => store.getState().setValuesHidden(!hidden)}
          >
            Hide their numbers
          </ToolButton>
          <ToolButton keys="?" onClick={() => setHelpOpen(true)}>
            Keys
          </ToolButton>
        </div>
      </header>
      {playground ? (
        <Suspense fallback={<p className="placeholder">Loading…</p>}>
          <PlaygroundSpeakerNotes />
        </Suspense>
      ) : slug !== null ? (
        <>
          <SpeakerLessonNotes load={load} />
          <SpeakerStepNotes beside />
        </>
      ) : (
        <SpeakerStepNotes />
      )}
      {/* The playground's speaker notes carry its own tools: the formula and its leaves. */}
      {!playground && <SpeakerTools />}
      <HelpDialog
        open={helpOpen}
        onOpen={() => setHelpOpen(true)}
        onClose={() => setHelpOpen(false)}
      />
    </main>
  );
}
