import { useEffect, useRef, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { resetProgress } from './progress-actions';

/** "Reset progress", asking first: an inline confirmation rather than a browser dialog. */
export function ResetProgress() {
  const store = useAppStoreApi();
  const hasProgress = useAppStore((s) => Object.keys(s.progress.lessons).length > 0);
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState('');
  const confirm = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const reset = () => {
    resetProgress(store);
    setAsking(false);
    setDone('Progress reset.');
  };
  const cancel = () => {
    setAsking(false);
    start.current?.focus();
  };
  return (
    <div className="reset-progress">
      {asking ? (
        <div role="group" aria-labelledby="reset-question" className="reset-confirm">
          <p id="reset-question">Forget which steps you have seen and which checks you answered?</p>
          <button ref={confirm} type="button" className="tool tool-danger" onClick={reset}>
            Yes, reset progress
          </button>
          <button type="button" className="tool" onClick={cancel}>
            Cancel
          </button>
        </div>
      ) : (
        <button
          ref={start}
          type="button"
          className="tool"
          disabled={!hasProgress}
          onClick={() => {
            setDone('');
            setAsking(true);
          }}
        >
          Reset progress…
        </button>
      )}
      <span role="status" className="reset-status">
        {done}
      </span>
    </div>
  );
}
