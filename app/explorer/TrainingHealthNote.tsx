import { trainingHealth } from '../engine/train-health';
import { useAppStore } from '../store/context';
import { healthWords } from './health-words';

/**
 * Saturated units and vanishing steps, said in words. Derived from the current
 * trace, so it can never outlive the state it describes (a Reset clears it).
 */
export function TrainingHealthNote() {
  const words = useAppStore((s) =>
    healthWords(trainingHealth(s.trace), s.model.params.lr ?? 0, s.digits),
  );
  return (
    <p className="train-alert train-health" data-train-health={words ? 'warn' : 'ok'}>
      {words}
    </p>
  );
}
