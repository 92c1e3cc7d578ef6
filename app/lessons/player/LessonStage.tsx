import { PanelSection } from '../../explorer/panel-registry';
import { DEFAULT_PANELS, type LessonStep } from '../schema';
import { LessonWidget } from '../widgets/LessonWidget';

interface LessonStageProps {
  readonly step: LessonStep;
  readonly onWidgetValues: (values: Record<string, number>) => void;
  /** a widget quantity to show as "?" (a check's answer, not yet given) */
  readonly conceal: string | null;
}

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
      {panels.map((id) => (
        <PanelSection
          key={id}
          id={id}
          className={`lesson-panel lesson-panel-${id}`}
          headingClassName="lesson-panel-heading"
        />
      ))}
    </div>
  );
}
