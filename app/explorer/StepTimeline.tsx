import { lazy, Suspense, useMemo, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { Timeline } from '../ui/Timeline';
import { createTimelineSelector, stepLabel, type TimelineStep } from './step-groups';
import type { PreviewAnchor } from './StepPreview';

// The tip over a step under the pointer: loaded when first pointed at, not with the page.
const StepPreview = lazy(() => import('./StepPreview').then((m) => ({ default: m.StepPreview })));

/** The trace's steps as a timeline, a preview of the step pointed at above it. */
export function StepTimeline() {
  const store = useAppStoreApi();
  const selectGroups = useMemo(() => createTimelineSelector(), []);
  const groups = useAppStore(selectGroups);
  const current = useAppStore(stepIndex);
  const lit = useAppStore((s) => s.highlight?.quantities.join(' ') ?? '');
  const litIds = useMemo(() => new Set(lit.split(' ')), [lit]);
  const [preview, setPreview] = useState<PreviewAnchor | null>(null);

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
    <Timeline
      groups={groups}
      current={current}
      lit={litIds}
      markOf={(phase) => phase}
      label={stepLabel}
      onGo={(id) => store.getState().goTo(id)}
      onLight={light}
      onUnlight={unlight}
    >
      {preview && (
        <Suspense fallback={null}>
          <StepPreview anchor={preview} />
        </Suspense>
      )}
    </Timeline>
  );
}
