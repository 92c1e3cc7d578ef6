import type { ChangeEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { texToText } from '../formulas/tex-text';
import { StepButtons } from '../controls/StepButtons';

/** The step-through's transport (first, previous, play, next, last, speed) and the scrubber. */
export function StepControls() {
  const store = useAppStoreApi();
  const index = useAppStore(stepIndex);
  const total = useAppStore((s) => s.trace.entries.length);
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  // In a lesson the plain arrows turn the lesson's pages; these buttons answer to Shift+arrows.
  const arrowModifier = useAppStore((s) => (s.view === 'lesson' ? 'Shift+' : ''));
  const valueText = useAppStore((s) => {
    const entry = s.trace.entries[stepIndex(s)];
    return entry
      ? `Step ${stepIndex(s) + 1} of ${s.trace.entries.length}: ${texToText(entry.symbol)} (${entry.id})`
      : '';
  });
  const scrub = (event: ChangeEvent<HTMLInputElement>) => {
    const entry = store.getState().trace.entries[Number(event.target.value)];
    if (entry) store.getState().goTo(entry.id);
  };
  return (
    <div className="step-controls">
      <StepButtons
        transport={store.getState}
        atStart={index === 0}
        atEnd={index >= total - 1}
        playing={playing}
        speed={speed}
        arrowModifier={arrowModifier}
      />
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
