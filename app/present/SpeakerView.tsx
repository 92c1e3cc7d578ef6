import { lazy, Suspense, useEffect, useState } from 'react';
import { HelpDialog } from '../explorer/HelpDialog';
import { handleShortcut, PRESENTER_SHORTCUTS } from '../explorer/shortcuts';
import { useAppStore, useAppStoreApi } from '../store/context';
import { SpeakerLessonNotes } from './SpeakerLessonNotes';
import { SpeakerStepNotes } from './SpeakerStepNotes';
import { SpeakerTimer } from './SpeakerTimer';
import { useBlankKeys } from './use-blank-keys';
import { usePresentSync } from './use-present-sync';

const [FORWARD, BACK] = PRESENTER_SHORTCUTS;

// The playground's notes need its engine: loaded only when the talk is about a formula.
const PlaygroundSpeakerNotes = lazy(() =>
  import('../playground/PlaygroundSpeakerNotes').then((m) => ({
    default: m.PlaygroundSpeakerNotes,
  })),
);

/**
 * The speaker's window (?present=speaker): the current step's notes, the next
 * step, a timer, and buttons and keys that step both windows.
 */
export function SpeakerView() {
  const store = useAppStoreApi();
  const slug = useAppStore((s) => (s.view === 'lesson' ? s.lessonSlug : null));
  const playground = useAppStore((s) => s.view === 'playground');
  const blank = useAppStore((s) => s.blank);
  const hidden = useAppStore((s) => s.valuesHidden);
  const [helpOpen, setHelpOpen] = useState(false);
  usePresentSync(store);
  useBlankKeys(store);
  useEffect(() => {
    document.documentElement.classList.add('present', 'present-speaker');
    return () => document.documentElement.classList.remove('present', 'present-speaker');
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handleShortcut(event, store.getState());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  return (
    <main id="main" className="speaker-view">
      <header className="speaker-bar">
        <h1 className="speaker-heading">Speaker view</h1>
        <SpeakerTimer />
        <div className="speaker-steppers">
          <button type="button" className="tool" onClick={() => BACK?.run(store.getState())}>
            ← Previous
          </button>
          <button type="button" className="tool" onClick={() => FORWARD?.run(store.getState())}>
            Next →
          </button>
          <button
            type="button"
            className="tool"
            aria-pressed={blank}
            aria-keyshortcuts="B"
            onClick={() => store.getState().setBlank(!blank)}
          >
            Blank the audience
          </button>
          <button
            type="button"
            className="tool"
            aria-pressed={hidden}
            aria-keyshortcuts="H"
            onClick={() => store.getState().setValuesHidden(!hidden)}
          >
            Hide their numbers
          </button>
          <button
            type="button"
            className="tool"
            onClick={() => setHelpOpen(true)}
            aria-keyshortcuts="?"
          >
            Keys
          </button>
        </div>
      </header>
      {playground ? (
        <Suspense fallback={<p className="placeholder">Loading…</p>}>
          <PlaygroundSpeakerNotes />
        </Suspense>
      ) : slug !== null ? (
        <SpeakerLessonNotes slug={slug} />
      ) : (
        <SpeakerStepNotes />
      )}
      <HelpDialog
        open={helpOpen}
        onOpen={() => setHelpOpen(true)}
        onClose={() => setHelpOpen(false)}
      />
    </main>
  );
}
