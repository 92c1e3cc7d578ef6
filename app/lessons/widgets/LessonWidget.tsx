import { lazy, Suspense, useEffect, useEffectEvent } from 'react';
import { ActivationPlot } from '../../graph/ActivationPlot';
import { ExpressionGraph } from '../../graph/ExpressionGraph';
import { WIDGET_QUANTITIES, type WidgetSpec } from '../schema';
import { MatricesWidget } from './MatricesWidget';

// The recurrent unit brings the expression engine and the playground's drawing: its own chunk.
// Many examples bring the datasets, batches and the heatmaps' canvases: their own chunk too.
const DatasetWidget = lazy(() =>
  import('./dataset/DatasetWidget').then((m) => ({ default: m.DatasetWidget })),
);
const BpttWidget = lazy(() => import('./bptt/BpttWidget').then((m) => ({ default: m.BpttWidget })));

interface LessonWidgetProps {
  readonly spec: WidgetSpec;
  /** the widget's quantities (ids as in WIDGET_QUANTITIES), on mount and whenever they change */
  readonly onValues: (values: Record<string, number>) => void;
  /**
   * A widget quantity to show as "?" until the learner has predicted it (the
   * step's check, before it is answered or revealed); null or absent shows all.
   */
  readonly conceal?: string | null;
}

/** Only the ids a check may ask for, so the player sees exactly the documented quantities. */
function pick(ids: readonly string[], from: Readonly<Record<string, number>>) {
  const values: Record<string, number> = {};
  for (const id of ids) {
    const value = from[id];
    if (value !== undefined) values[id] = value;
  }
  return values;
}

/**
 * The widget a lesson step asks for. A new spec (another step, new practice
 * numbers) mounts a fresh widget, so it never carries values over from the last.
 */
export function LessonWidget({ spec, onValues, conceal = null }: LessonWidgetProps) {
  const key = JSON.stringify(spec);
  switch (spec.type) {
    case 'expression':
      return (
        <ExpressionGraph
          key={key}
          graph={spec.graph}
          values={spec.values}
          conceal={conceal}
          onQuantities={(q) => onValues(pick(WIDGET_QUANTITIES.expression[spec.graph], q))}
        />
      );
    case 'activation-plot':
      return (
        <ActivationPlot
          key={key}
          activation={spec.activation}
          x={spec.x}
          conceal={conceal}
          onPoint={(p) => onValues(pick(WIDGET_QUANTITIES['activation-plot'], { ...p }))}
        />
      );
    case 'matrices':
      return <MatricesReport key={key} layer={spec.layer} onValues={onValues} />;
    case 'bptt':
      return (
        <Suspense fallback={<p className="placeholder">Loading the unrolled graph…</p>}>
          <BpttWidget key={key} spec={spec} onValues={onValues} conceal={conceal} />
        </Suspense>
      );
    case 'dataset':
      return (
        <Suspense fallback={<p className="placeholder">Loading the examples…</p>}>
          <DatasetWidget key={key} spec={spec} onValues={onValues} conceal={conceal} />
        </Suspense>
      );
  }
}

/** The matrices show the explorer's own quantities: the widget has none of its own for checks. */
function MatricesReport({
  layer,
  onValues,
}: {
  readonly layer: number;
  readonly onValues: (values: Record<string, number>) => void;
}) {
  const report = useEffectEvent(() => onValues({}));
  useEffect(() => {
    report();
  }, []);
  return <MatricesWidget layer={layer} />;
}
