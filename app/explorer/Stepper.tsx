import { useAppStore, useAppStoreApi } from '../store/context';
import { stepIndex } from '../store/step-slice';
import { ShowAllSwitch } from './ShowAllSwitch';
import { stepContext } from './step-groups';
import { StepControls } from './StepControls';
import { StepTimeline } from './StepTimeline';
import { useAutoplay } from '../ui/use-autoplay';

/**
 * The step-through: where we are ("Step 19 of 54 · Backward pass · Output
 * layer"), the transport controls, and the whole trace as a timeline.
 */
export function Stepper() {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useAutoplay(store, playing, speed);
  const status = useAppStore((s) => {
    const index = stepIndex(s);
    const entry = s.trace.entries[index];
    if (!entry) return '';
    const where = stepContext(entry, s.trace.names.sizes.length).join(' · ');
    return `Step ${index + 1} of ${s.trace.entries.length} · ${where}`;
  });
  return (
    <div className="stepper">
      <div className="stepper-head">
        <h2 className="stepper-status">{status}</h2>
        <ShowAllSwitch />
      </div>
      <StepControls />
      <StepTimeline />
    </div>
  );
}
