import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ExplorerPage } from './explorer/ExplorerPage';
import { loadPresentSync } from './present/load-present-sync';
import { useAppStore, useAppStoreApi } from './store/context';
import { attachLiveValues } from './store/live-values';
import { attachUrlSync } from './store/url-sync';
import type { View } from './store/view-slice';
import { attachOffline } from './offline/attach-offline';
import { AppHeader } from './controls/AppHeader';
import { NoticeList } from './controls/NoticeList';
import { UpdateBanner } from './controls/UpdateBanner';

// The worked-example sheet is its own page, loaded when asked for.
const SheetPage = lazy(() => import('./sheet/SheetPage').then((m) => ({ default: m.SheetPage })));
// The lessons load on demand, so the explorer's first load does not carry them.
const LessonsIndex = lazy(() =>
  import('./lessons/player/LessonsIndex').then((m) => ({ default: m.LessonsIndex })),
);
// Presenter mode's parts load only when a talk needs them.
const PresenterShell = lazy(() =>
  import('./present/PresenterShell').then((m) => ({ default: m.PresenterShell })),
);
const SpeakerView = lazy(() =>
  import('./present/SpeakerView').then((m) => ({ default: m.SpeakerView })),
);
// Any formula as a graph: its own chunk, with the expression engine.
const PlaygroundPage = lazy(() =>
  import('./playground/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })),
);
const LessonPlayer = lazy(() =>
  import('./lessons/player/LessonPlayer').then((m) => ({ default: m.LessonPlayer })),
);

/** The views that load on demand (the explorer is drawn with the page: App below). */
function LazyPage({ view }: { view: Exclude<View, 'explorer'> }) {
  switch (view) {
    case 'sheet':
      return <SheetPage />;
    case 'lessons':
      return <LessonsIndex />;
    case 'lesson':
      return <LessonPlayer />;
    case 'playground':
      return <PlaygroundPage />;
  }
}

export function App() {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);
  const present = useAppStore((s) => s.present);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => attachUrlSync(store), [store]);
  useEffect(() => attachOffline(store), [store]);
  // Presenter windows share their state as soon as the sync's code is in (a window opened to
  // present starts loading it with the page, main.tsx), before the presenter's own views have
  // loaded. A window opened to present takes the talk's state; one entering presenter mode
  // leads, with whatever changed while the code loaded.
  const presenting = present !== 'off';
  const [openedToPresent] = useState(presenting);
  const leftPresenting = useRef(false);
  useEffect(() => {
    if (!presenting) {
      leftPresenting.current = true;
      return;
    }
    const fresh = openedToPresent && !leftPresenting.current;
    let detach: (() => void) | undefined;
    let current = true;
    void loadPresentSync().then((attachPresentSync) => {
      if (current) detach = attachPresentSync(store, { fresh });
    });
    return () => {
      current = false;
      detach?.();
    };
  }, [store, presenting, openedToPresent]);
  useEffect(
    () => (root.current ? attachLiveValues(store, root.current) : undefined),
    [store, view, present],
  );
  if (present === 'speaker') {
    return (
      <div ref={root} className="app">
        {/* The speaker's window reads its own URL too: what it refused is said here as well. */}
        <NoticeList />
        <Suspense fallback={<p className="placeholder">Loading…</p>}>
          <SpeakerView />
        </Suspense>
      </div>
    );
  }
  return (
    <div ref={root} className="app">
      {present === 'audience' ? (
        <Suspense fallback={null}>
          <PresenterShell />
        </Suspense>
      ) : (
        <AppHeader />
      )}
      <NoticeList />
      <UpdateBanner />
      {view === 'explorer' ? (
        // Outside the boundary the lazy views need: the build's markup of the explorer
        // (app/prerender/) is then taken over in one pass, as the page's script runs, where
        // a boundary would be taken over in a later task and leave its fields dead meanwhile.
        <ExplorerPage />
      ) : (
        <Suspense
          fallback={
            <main id="main" className="page-loading" aria-busy="true">
              <p className="placeholder">Loading…</p>
            </main>
          }
        >
          <LazyPage view={view} />
        </Suspense>
      )}
    </div>
  );
}
