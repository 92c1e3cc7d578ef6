import { useAppStore, useAppStoreApi } from '../../store/context';
import { newSeed } from '../practice';

/**
 * "New numbers": the same lesson with freshly drawn parameters, so the learner can
 * redo a computation without having seen its answer. The seed is in the address,
 * so a set can be shared.
 */
export function PracticeBar() {
  const store = useAppStoreApi();
  const seed = useAppStore((s) => s.practiceSeed);
  return (
    <div className="practice-bar" role="group" aria-label="Practice">
      {seed !== null && <span className="practice-label">Practice set {seed}</span>}
      <button
        type="button"
        className="tool"
        onClick={() => store.getState().setPractice(newSeed(store.getState().practiceSeed))}
      >
        New numbers
      </button>
      {seed !== null && (
        <button type="button" className="tool" onClick={() => store.getState().setPractice(null)}>
          Back to the article’s numbers
        </button>
      )}
    </div>
  );
}
