import { useEffect, useEffectEvent, useState } from 'react';
import { trainBatches } from '../../../engine/batch-run';
import type { Dataset } from '../../../engine/dataset';
import { formatDisplayNumber } from '../../../engine/format';
import type { Model } from '../../../engine/model';
import { PlaneHeatmaps } from '../../../graph/PlaneHeatmaps';

interface PlaneViewProps {
  readonly start: Model;
  readonly dataset: Dataset;
  readonly epochs: number;
  readonly onValues: (values: Record<string, number>) => void;
}

/** The heatmaps of the step's network, and of the same network after `epochs` epochs of the full batch. */
export function PlaneView({ start, dataset, epochs, onValues }: PlaneViewProps) {
  const [trained, setTrained] = useState<{ model: Model; error: number; before: number } | null>(
    null,
  );
  const report = useEffectEvent(() => onValues({}));
  useEffect(() => report(), []);
  const train = () => {
    const count = dataset.examples.length;
    const run = trainBatches(
      start,
      dataset,
      { size: count, reduce: 'mean', shuffle: false, seed: 0 },
      epochs,
    );
    setTrained({
      model: { ...start, params: run.params },
      error: run.lossPerEpoch[run.epochs]!,
      before: run.lossPerEpoch[0]!,
    });
  };
  const n = (x: number) => formatDisplayNumber(x, 4);
  return (
    <div className="dataset-plane">
      <div className="data-row">
        <button type="button" className="button" onClick={train} disabled={trained !== null}>
          Train {epochs.toLocaleString('en-US')} epochs (all {dataset.examples.length} examples per
          update)
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setTrained(null)}
          disabled={trained === null}
        >
          Back to the start
        </button>
      </div>
      <p role="status" className="train-result">
        {trained
          ? `After ${epochs.toLocaleString('en-US')} epochs the mean error over the examples fell from ${n(trained.before)} to ${n(trained.error)}.`
          : 'The network as the step starts, before any training.'}
      </p>
      <PlaneHeatmaps model={trained?.model ?? start} examples={dataset.examples} />
    </div>
  );
}
