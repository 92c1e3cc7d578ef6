import { useMemo } from 'react';
import { LossChart } from '../graph/LossChart';
import { useAppStore, useAppStoreApi } from '../store/context';

/**
 * The error curve of the explorer's training: the store's loss history drawn by
 * the chart, which reads no state itself. A training run changes the history at
 * most once per animation frame, and only then does this render.
 */
export function ErrorCurve() {
  const store = useAppStoreApi();
  const values = useAppStore((s) => s.lossHistory);
  const stride = useAppStore((s) => s.lossStride);
  const steps = useAppStore((s) => s.lossSteps);
  const history = useMemo(() => ({ values, stride, steps }), [values, stride, steps]);
  return <LossChart history={history} onClear={() => store.getState().setLossHistory([])} />;
}
