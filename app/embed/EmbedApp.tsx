import { lazy, Suspense, useEffect, useState } from 'react';
import { PanelSection } from '../explorer/panel-registry';
import { useAppStore, useAppStoreApi } from '../store/context';
import { attachLiveValues } from '../store/live-values';
import { NoticeList } from '../controls/NoticeList';
import type { EmbedOptions } from '../explorer/embed-options';

// The lesson player loads only for ?lesson=…, so the widget's first load does not carry it.
const EmbedLesson = lazy(() => import('./EmbedLesson').then((m) => ({ default: m.EmbedLesson })));
// The playground too: the expression engine comes with it.
const PlaygroundPage = lazy(() =>
  import('../playground/PlaygroundPage').then((m) => ({ default: m.PlaygroundPage })),
);

/**
 * The embeddable widget: only the panels the embedder asked for, no page chrome.
 * The host talks to it through the postMessage bridge (attached in main.tsx).
 */
export function EmbedApp({ options }: { options: EmbedOptions }) {
  const store = useAppStoreApi();
  const lesson = useAppStore((s) => s.view === 'lesson');
  const playground = useAppStore((s) => s.view === 'playground');
  // A callback ref: the root element changes when a lesson that cannot be shown gives way to the panels.
  const [root, setRoot] = useState<HTMLElement | null>(null);
  useEffect(() => (root ? attachLiveValues(store, root) : undefined), [store, root]);
  if (lesson) {
    // Not a <main>: the lesson player is the widget's main landmark itself.
    return (
      <div ref={setRoot} className="embed embed-lesson">
        <NoticeList />
        <Suspense
          fallback={
            <p className="placeholder" aria-busy="true">
              Loading the lesson…
            </p>
          }
        >
          <EmbedLesson />
        </Suspense>
      </div>
    );
  }
  // Landmarks of two widgets on one page must differ in name: a host's label prefixes them.
  const { label } = options;
  if (playground) {
    // The playground is the widget's main landmark itself, named as the host asks.
    return (
      <div ref={setRoot} className="embed embed-playground">
        <NoticeList />
        <Suspense fallback={<p className="placeholder">Loading the playground…</p>}>
          <PlaygroundPage label={label ?? 'Backprop Lab playground'} />
        </Suspense>
      </div>
    );
  }
  return (
    <main
      ref={setRoot}
      className={`embed${options.controls ? '' : ' embed-no-controls'}`}
      aria-label={label ?? 'Backprop Lab'}
    >
      <h1 className="visually-hidden">{label ?? 'Backprop Lab'}</h1>
      <NoticeList />
      {options.panels.map((panel) => (
        <PanelSection
          key={panel}
          id={panel}
          className={`embed-panel embed-${panel}`}
          labelPrefix={label}
        />
      ))}
    </main>
  );
}
