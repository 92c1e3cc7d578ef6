import { lazy, Suspense } from 'react';
import type { DataSetup } from '../engine/data-query';
import { useAppStore } from '../store/context';
import { dataMismatch } from '../store/data-slice';

// Canvas painting and its tables load with the first dataset, not with the page.
const PlaneHeatmaps = lazy(() =>
  import('../graph/PlaneHeatmaps').then((m) => ({ default: m.PlaneHeatmaps })),
);

/** The heatmaps of the input plane under the Data tab, for a network of two inputs. */
export function DataPlane({ data }: { data: DataSetup }) {
  const model = useAppStore((s) => s.model);
  const inputs = model.sizes[0]!;
  if (inputs !== 2) {
    return (
      <p className="panel-note">
        The heatmaps of what the network has learned are drawn over the plane of two inputs; this
        network has {inputs} {inputs === 1 ? 'input' : 'inputs'}.
      </p>
    );
  }
  // The rows must fit the network too (the panel says why when they do not).
  if (dataMismatch(data, model.sizes) !== null) return null;
  return (
    <Suspense fallback={<p className="placeholder">Loading the heatmaps…</p>}>
      <PlaneHeatmaps model={model} examples={data.dataset.examples} />
    </Suspense>
  );
}
