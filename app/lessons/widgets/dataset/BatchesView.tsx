import { useEffect, useEffectEvent, useState } from 'react';
import { trainBatches } from '../../../engine/batch-run';
import type { Dataset } from '../../../engine/dataset';
import type { Model } from '../../../engine/model';
import { EpochCurves, type EpochCurve } from '../../../graph/EpochCurves';

interface BatchesViewProps {
  readonly start: Model;
  readonly dataset: Dataset;
  readonly epochs: number;
  readonly onValues: (values: Record<string, number>) => void;
}

/** The three ways of batching, each a copy of the step's network trained from the same start. */
export function runs(start: Model, dataset: Dataset, epochs: number): EpochCurve[] {
  const count = dataset.examples.length;
  const half = Math.max(1, Math.ceil(count / 2));
  const ways = [
    { size: count, label: `Full batch (${count} examples per update)`, dash: '' },
    { size: half, label: `Mini-batches of ${half}`, dash: '6 3' },
    { size: 1, label: 'One example at a time', dash: '1.5 2.5' },
  ];
  return ways.map(({ size, label, dash }) => ({
    label,
    dash,
    errors: trainBatches(start, dataset, { size, reduce: 'mean', shuffle: false, seed: 0 }, epochs)
      .lossPerEpoch,
  }));
}

export function BatchesView({ start, dataset, epochs, onValues }: BatchesViewProps) {
  const [curves, setCurves] = useState<EpochCurve[] | null>(null);
  const report = useEffectEvent(() => onValues({}));
  useEffect(() => report(), []);
  return (
    <div className="dataset-batches">
      <button
        type="button"
        className="button"
        disabled={curves !== null}
        onClick={() => setCurves(runs(start, dataset, epochs))}
      >
        Train three copies {epochs.toLocaleString('en-US')} epochs each
      </button>
      {curves ? (
        <EpochCurves
          curves={curves}
          title={`The mean error over the ${dataset.examples.length} examples after each epoch, on a log scale, for the full batch, mini-batches and one example at a time; the legend gives each run's first and last error`}
        />
      ) : (
        <p className="panel-note">
          Each copy starts from this step’s network and learning rate; only the batch size differs.
        </p>
      )}
    </div>
  );
}
