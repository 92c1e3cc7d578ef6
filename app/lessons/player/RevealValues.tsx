import { useAppStore, useAppStoreApi } from '../../store/context';

/** On a step that hides the explorer's later values (reveal: false) and has no check: show them. */
export function RevealValues() {
  const store = useAppStoreApi();
  const revealed = useAppStore((s) => s.lessonRevealed);
  return (
    <p className="reveal-values">
      <button
        type="button"
        className="tool"
        aria-pressed={revealed}
        onClick={() => store.getState().setLessonRevealed(!revealed)}
      >
        {revealed ? 'Hide the later values' : 'Reveal the values'}
      </button>
      <span className="reveal-note">
        {revealed
          ? 'Every value is shown.'
          : 'The explorer shows values only up to this step. Work them out first.'}
      </span>
    </p>
  );
}
