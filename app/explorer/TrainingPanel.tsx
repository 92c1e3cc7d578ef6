import '../styles/training.css';
import { useEffect, useState } from 'react';
import { ErrorCurve } from './ErrorCurve';
import { useAppStoreApi } from '../store/context';
import { ApplyUpdate } from './ApplyUpdate';
import { ArticleFiguresNote } from './ArticleFiguresNote';
import { RateExamples } from './RateExamples';
import { TrainControls } from './TrainControls';
import { createTrainingRunner } from './training-runner';

/**
 * The Train tab: one update by hand, runs of many, the error curve, and why the
 * article's figures after training differ. The panel subscribes to nothing
 * itself, so a run re-renders only the parts that show it.
 */
export function TrainingPanel() {
  const store = useAppStoreApi();
  const [runner] = useState(() => createTrainingRunner(store));
  // Leaving the page ends a run where it stands (and records it for undo).
  useEffect(() => () => runner.stop(), [runner]);
  return (
    <div className="training-panel">
      <ApplyUpdate />
      <TrainControls runner={runner} />
      {/* Not a landmark: beside the chart panel (a lesson, the embed) two would share a name. */}
      <div className="train-section">
        <h3>Error curve</h3>
        <ErrorCurve />
      </div>
      <RateExamples runner={runner} />
      <ArticleFiguresNote runner={runner} />
    </div>
  );
}
