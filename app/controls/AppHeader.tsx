import type { View } from '../store/view-slice';
import { useAppStore } from '../store/context';

const LINKS: readonly [View, string][] = [
  ['explorer', 'Explorer'],
  ['sheet', 'Worked example'],
  ['lessons', 'Lessons'],
  ['playground', 'Playground'],
];

/** The bar at the top of every full page: the name, and where you are. */
export function AppHeader() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  const present = useAppStore((s) => s.setPresent);
  return (
    <header className="app-header print-hidden">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <a className="brand" href="./">
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width="28" height="28" />
        <span>Backprop Lab</span>
      </a>
      <nav aria-label="Views">
        {LINKS.map(([id, label]) => (
          <a
            key={id}
            href={`?view=${id}`}
            // The player is a page of the lessons: the Lessons link stays marked there.
            aria-current={
              view === id || (view === 'lesson' && id === 'lessons') ? 'page' : undefined
            }
            onClick={(event) => {
              // Same page, other view: keep the state (and the edits) rather than reloading.
              event.preventDefault();
              setView(id);
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      <button
        type="button"
        className="tool header-present"
        onClick={() => present('audience')}
        title="Large type and high contrast for a projector; clicker keys step"
      >
        {/* A phone shows the screen alone, so the header keeps to one row; the word stays the name. */}
        <svg className="header-present-icon" viewBox="0 0 24 24" aria-hidden="true">
          <rect x="3" y="4" width="18" height="12" rx="1" />
          <path d="M12 16v3M8 21l4-2 4 2" />
        </svg>
        <span className="header-present-label">Present</span>
      </button>
    </header>
  );
}
