import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { createTimelineSelector, stepLabel, type TimelineStep } from './step-groups';
import { StepMark } from './StepMark';
import { StepPreview, type PreviewAnchor } from './StepPreview';

/**
 * Every step of the trace as a small button, grouped by phase. Only the current
 * step is in the Tab order (a roving tabindex); ←/→ move the step, and the focus
 * follows it, so the timeline is one Tab stop however long the trace.
 */
export function StepTimeline() {
  const store = useAppStoreApi();
  const selectGroups = useMemo(() => createTimelineSelector(), []);
  const groups = useAppStore(selectGroups);
  const current = useAppStore(stepIndex);
  const lit = useAppStore((s) => s.highlight?.quantities.join(' ') ?? '');
  const litIds = useMemo(() => new Set(lit.split(' ')), [lit]);
  const list = useRef<HTMLDivElement>(null);
  const idBase = useId();
  const [preview, setPreview] = useState<PreviewAnchor | null>(null);

  useEffect(() => {
    const root = list.current;
    if (!root || !root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
  }, [current]);

  const light = (step: TimelineStep, button: HTMLElement) => {
    const entry = store.getState().trace.entries[step.index];
    setPreview({ step, x: button.offsetLeft + button.offsetWidth / 2, y: button.offsetTop });
    store.getState().setHighlight({ elements: entry?.touches ?? [], quantities: [step.id] });
  };
  const unlight = () => {
    setPreview(null);
    store.getState().setHighlight(null);
  };

  return (
    <div className="timeline" ref={list} role="group" aria-label="Timeline">
      {groups.map((group) => (
        <div key={group.key} className="timeline-group" data-phase={group.phase}>
          <span className="timeline-title" id={`${idBase}-${group.key}`}>
            {group.title}
          </span>
          <ol className="timeline-steps" aria-labelledby={`${idBase}-${group.key}`}>
            {group.steps.map((step) => {
              const state =
                step.index === current ? 'current' : step.index < current ? 'done' : 'ahead';
              return (
                <li key={step.id}>
                  <button
                    type="button"
                    className="timeline-step"
                    data-phase={step.phase}
                    data-state={state}
                    data-lit={litIds.has(step.id) || undefined}
                    data-step={step.id}
                    aria-label={stepLabel(step)}
                    aria-current={state === 'current' ? 'step' : undefined}
                    tabIndex={state === 'current' ? 0 : -1}
                    onClick={() => store.getState().goTo(step.id)}
                    onPointerEnter={(event) => light(step, event.currentTarget)}
                    onPointerLeave={unlight}
                    onFocus={(event) => light(step, event.currentTarget)}
                    onBlur={unlight}
                  >
                    <StepMark phase={step.phase} />
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {preview && <StepPreview anchor={preview} />}
    </div>
  );
}
