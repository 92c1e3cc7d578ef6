import { useAppStore, useAppStoreApi } from '../store/context';

/** "Show all values": reveal every value, not only those the step-through has reached. */
export function ShowAllSwitch() {
  const store = useAppStoreApi();
  const showAll = useAppStore((s) => s.showAll);
  return (
    <button
      type="button"
      role="switch"
      className="switch"
      aria-checked={showAll}
      onClick={() => store.getState().setShowAll(!store.getState().showAll)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      Show all values
    </button>
  );
}
