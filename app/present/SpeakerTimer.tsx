import { useEffect, useState } from 'react';

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Time since the talk started (since this window opened, or the last reset). */
export function SpeakerTimer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="speaker-timer">
      <span className="speaker-label">Elapsed</span>
      <time className="speaker-clock" aria-live="off">
        {clock(Math.max(0, now - start))}
      </time>
      <button
        type="button"
        className="tool"
        onClick={() => {
          const time = Date.now();
          setStart(time);
          setNow(time);
        }}
      >
        Reset timer
      </button>
    </div>
  );
}
