import type { ReactNode } from 'react';
import { CheckPanel } from '../../explorer/CheckPanel';
import { ParamPanel } from '../../explorer/ParamPanel';
import { SettingsPanel } from '../../explorer/SettingsPanel';
import { Stepper } from '../../explorer/Stepper';
import { TrainingPanel } from '../../explorer/TrainingPanel';
import { FormulaPanel } from '../../formulas/FormulaPanel';
import { LossChart } from '../../graph/LossChart';
import { NetworkGraph } from '../../graph/NetworkGraph';
import { DEFAULT_PANELS, type LessonStep, type PanelId } from '../schema';
import { LessonWidget } from '../widgets/LessonWidget';

interface LessonStageProps {
  readonly step: LessonStep;
  readonly onWidgetValues: (values: Record<string, number>) => void;
  /** a widget quantity to show as "?" (a check's answer, not yet given) */
  readonly conceal: string | null;
}

/** Each panel as the explorer shows it, under the name the explorer gives it. */
const PANELS: Record<PanelId, { label: string; heading?: string; render: () => ReactNode }> = {
  graph: { label: 'Network', render: () => <NetworkGraph /> },
  formula: { label: 'Current step', render: () => <FormulaPanel /> },
  steps: { label: 'Step-through', render: () => <Stepper /> },
  params: { label: 'Numbers', heading: 'Numbers', render: () => <ParamPanel /> },
  settings: { label: 'Settings', heading: 'Settings', render: () => <SettingsPanel /> },
  // These two carry their own headings.
  train: { label: 'Train', render: () => <TrainingPanel /> },
  check: { label: 'Check', render: () => <CheckPanel /> },
  chart: { label: 'Error curve', heading: 'Error curve', render: () => <LossChart /> },
};

/** The live explorer beside the text: the step's widget, if any, and the panels it names. */
export function LessonStage({ step, onWidgetValues, conceal }: LessonStageProps) {
  const panels = step.panels ?? DEFAULT_PANELS;
  return (
    <div className="lesson-stage">
      {step.widget && (
        <section className="lesson-panel lesson-widget" aria-label="Widget">
          {/* Each page its own widget, as its text describes it: nothing carries over from the last. */}
          <LessonWidget
            key={step.id}
            spec={step.widget}
            onValues={onWidgetValues}
            conceal={conceal}
          />
        </section>
      )}
      {panels.map((id) => {
        const panel = PANELS[id];
        return (
          <section key={id} className={`lesson-panel lesson-panel-${id}`} aria-label={panel.label}>
            {panel.heading && <h2 className="lesson-panel-heading">{panel.heading}</h2>}
            {panel.render()}
          </section>
        );
      })}
    </div>
  );
}
