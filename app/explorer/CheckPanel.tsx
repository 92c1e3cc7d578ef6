import '../styles/training.css';
import { ExportMenu } from './ExportMenu';
import { GradientCheckTable } from './GradientCheckTable';
import { NudgeDemo } from './NudgeDemo';

/** The Check tab: is the backward pass right, what a derivative predicts, and the numbers to take away. */
export function CheckPanel() {
  return (
    <div className="check-panel">
      <GradientCheckTable />
      <NudgeDemo />
      <ExportMenu />
    </div>
  );
}
