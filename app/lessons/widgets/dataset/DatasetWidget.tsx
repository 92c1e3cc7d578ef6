import '../../../styles/data.css';
import '../../../styles/plane.css';
import { useMemo } from 'react';
import { readDataset } from '../../../engine/dataset';
import { EngineError } from '../../../engine/errors';
import { useAppStore } from '../../../store/context';
import type { DatasetWidgetSpec } from '../../schema';
import { BatchesView } from './BatchesView';
import { GradientsView } from './GradientsView';
import { PlaneView } from './PlaneView';

interface DatasetWidgetProps {
  readonly spec: DatasetWidgetSpec;
  readonly onValues: (values: Record<string, number>) => void;
  readonly conceal: string | null;
}

/**
 * Many examples on the step's network (the explorer's, as the step set it):
 * every example's gradient and their mean, the heatmaps before and after
 * training, or three ways of batching compared.
 */
export function DatasetWidget({ spec, onValues, conceal }: DatasetWidgetProps) {
  const model = useAppStore((s) => s.model);
  const dataset = useMemo(() => {
    try {
      return readDataset(spec.data, model.sizes);
    } catch (error) {
      if (error instanceof EngineError) return error.message;
      throw error;
    }
  }, [spec.data, model.sizes]);
  // The build checks the set against the step's network; an edited network may still not fit.
  if (typeof dataset === 'string') return <p className="panel-note">{dataset}</p>;
  switch (spec.show) {
    case 'gradients':
      return (
        <GradientsView
          model={model}
          dataset={dataset}
          param={spec.param ?? 'w1'}
          onValues={onValues}
          conceal={conceal}
        />
      );
    case 'plane':
      return (
        <PlaneView start={model} dataset={dataset} epochs={spec.epochs ?? 1} onValues={onValues} />
      );
    case 'batches':
      return (
        <BatchesView
          start={model}
          dataset={dataset}
          epochs={spec.epochs ?? 1}
          onValues={onValues}
        />
      );
  }
}
