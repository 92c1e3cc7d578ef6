import type { ChangeEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { PLAY_SPEEDS, stepIndex } from '../store/step-slice';
import { texToText } from '../formulas/tex-text';
import { TransportIcon } from './TransportIcon';

const speedLabel = (speed: number) => `${speed} step${speed === 1 ? '' : 's'}/s`;

/** The step-through's transport: first, previous, play, next, last, speed, and the scrubber. */
export function StepControls() {
  const store = useAppStoreApi();
  const index = useAppStore(stepIndex);
  const total = useAppStore((s) => s.trace.entries.length);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  // In a lesson the plain arrows turn the lesson's pages; these buttons answer to Shift+arrows.
  const arrowMod = useAppStore((s) => (s.view === 'lesson' ? 'Shift+' : ''));
  const valueText = useAppStore((s) => {
    const entry = s.trace.entries[stepIndex(s)];
    return entry
      ? `Step ${stepIndex(s) + 1} of ${s.trace.entries.length}: ${texToText(entry.symbol)} (${entry.id})`
      : '';
  });
  const atStart = index === 0;
  const atEnd = index >= total - 1;
  const act = (run: () => void, disabled: boolean) => () => {
    // aria-disabled rather than disabled: a focused button that became disabled would drop the focus.
    if (!disabled) run();
  };
  const scrub = (event: ChangeEvent<HTMLInputElement>) => {
    const entry = store.getState().trace.entries[Number(event.target.value)];
    if (entry) store.getState().goTo(entry.id);
  };
  const s = () => store.getState();
  return (
    <div className="step-controls">
      <div className="step-buttons" role="group" aria-label="Step controls">
        <button
          type="button"
          className="tool"
          aria-disabled={atStart}
          aria-keyshortcuts="Home"
          onClick={act(() => s().first(), atStart)}
        >
          <TransportIcon kind="first" />
          First
        </button>
        <button
          type="button"
          className="tool"
          aria-disabled={atStart}
          aria-keyshortcuts={`${arrowMod}ArrowLeft`}
          onClick={act(() => s().previous(), atStart)}
        >
          <span aria-hidden="true">← </span>Previous
        </button>
        <button
          type="button"
          className="tool step-play"
          aria-keyshortcuts="P"
          onClick={() => s().setPlaying(!s().playing)}
        >
          <TransportIcon kind={playing ? 'pause' : 'play'} />
          {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          className="tool step-next"
          aria-disabled={atEnd}
          aria-keyshortcuts={`${arrowMod}ArrowRight`}
          onClick={act(() => s().next(), atEnd)}
        >
          Next<span aria-hidden="true"> →</span>
        </button>
        <button
          type="button"
          className="tool"
          aria-disabled={atEnd}
          aria-keyshortcuts="End"
          onClick={act(() => s().last(), atEnd)}
        >
          Last
          <TransportIcon kind="last" />
        </button>
        <label className="step-speed">
          Speed{' '}
          <select value={speed} onChange={(e) => s().setSpeed(Number(e.target.value))}>
            {PLAY_SPEEDS.map((option) => (
              <option key={option} value={option}>
                {speedLabel(option)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="scrubber">
        <span className="scrubber-label">Step</span>
        <input
          type="range"
          min={0}
          max={Math.max(0, total - 1)}
          step={1}
          value={index}
          aria-valuetext={valueText}
          onChange={scrub}
        />
      </label>
    </div>
  );
}
