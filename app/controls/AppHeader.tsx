import type { View } from '../store/view-slice';
import { useAppStore } from '../store/context';
import { PAGE_FILES } from '../store/page-files';

const LINKS: readonly [View, string][] = [
  ['explorer', 'Explorer'],
  ['sheet', 'Worked example'],
  ['lessons', 'Lessons'],
  ['playground', 'Playground'],
];

/**
 * Where a view's link leads when the page's script does not take the click: the
 * explorer and the views with files of their own are pages that read without
 * JavaScript (app/prerender/).
 */
function viewHref(view: View): string {
  if (view === 'explorer') return './';
  return view in PAGE_FILES
    ? `./${PAGE_FILES[view as keyof typeof PAGE_FILES].file}`
    : `?view=${view}`;
}

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
        {/* Beside every page, as the build puts it: relative, so a site in a folder or an LMS finds it. */}
        <img src="favicon.svg" alt="" width="28" height="28" />
        <span>Backprop Lab</span>
      </a>
      <nav aria-label="Views">
        {LINKS.map(([id, label]) => (
          <a
            key={id}
            href={viewHref(id)}
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
