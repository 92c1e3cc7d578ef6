import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Phase } from '../engine/trace';
import { StepMark } from './StepMark';

interface TimelineGroup<Step, StepPhase extends string> {
  readonly key: string;
  /** the phase of every step in the group */
  readonly phase: StepPhase;
  readonly title: string;
  readonly steps: readonly Step[];
}

type StepRef = { readonly id: string; readonly index: number };

interface TimelineProps<Step extends StepRef, StepPhase extends string> {
  readonly groups: readonly TimelineGroup<Step, StepPhase>[];
  /** the current step's index */
  readonly current: number;
  /** the steps lit by a hover elsewhere */
  readonly lit: ReadonlySet<string>;
  /** the mark a phase is drawn with */
  readonly markOf: (phase: StepPhase) => Phase;
  /** a step's accessible name */
  readonly label: (step: Step) => string;
  readonly onGo: (id: string) => void;
  /** a step pointed at or focused: its button, for whatever is shown beside it */
  readonly onLight: (step: Step, button: HTMLElement) => void;
  readonly onUnlight: () => void;
  /** shown over the timeline (a step's preview) */
  readonly children?: ReactNode;
}

/**
 * Every step as a small button, grouped by phase. Only the current step is in
 * the Tab order (a roving tabindex); ←/→ move the step, and the focus follows
 * it, so the timeline is one Tab stop however long the trace.
 */
export function Timeline<Step extends StepRef, StepPhase extends string>({
  groups,
  current,
  lit,
  markOf,
  label,
  onGo,
  onLight,
  onUnlight,
  children,
}: TimelineProps<Step, StepPhase>) {
  const list = useRef<HTMLDivElement>(null);
  const idBase = useId();
  useEffect(() => {
    const root = list.current;
    if (!root || !root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('[aria-current="step"]')?.focus();
  }, [current]);

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
                    data-phase={group.phase}
                    data-state={state}
                    data-lit={lit.has(step.id) || undefined}
                    data-step={step.id}
                    aria-label={label(step)}
                    aria-current={state === 'current' ? 'step' : undefined}
                    tabIndex={state === 'current' ? 0 : -1}
                    onClick={() => onGo(step.id)}
                    onPointerEnter={(event) => onLight(step, event.currentTarget)}
                    onPointerLeave={onUnlight}
                    onFocus={(event) => onLight(step, event.currentTarget)}
                    onBlur={onUnlight}
                  >
                    <StepMark phase={markOf(group.phase)} />
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      ))}
      {children}
    </div>
  );
}
