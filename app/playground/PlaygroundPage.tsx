import '../styles/widgets.css';
import '../styles/playground.css';
import { useEffect, useRef, useState } from 'react';
import { handleShortcut, isTypingTarget } from '../explorer/shortcuts';
import { useAppStore, useAppStoreApi } from '../store/context';
import type { AppStore } from '../store/app-store';
import { ChecksPanel } from './ChecksPanel';
import { PlaygroundProvider } from './context';
import { FormulaField } from './FormulaField';
import { ModePanel } from './ModePanel';
import { linkPlayground } from './playground-link';
import type { PlaygroundStore } from './playground-store';
import { startStore } from './start-store';
import { usePlaygroundLive } from './use-playground-live';
import { PlaygroundFormula } from './PlaygroundFormula';
import { PlaygroundGraph } from './PlaygroundGraph';
import { PlaygroundStepper } from './PlaygroundStepper';
import { PresetMenu } from './PresetMenu';
import { ValuesPanel } from './ValuesPanel';

/** Keys: ←/→ step, Home/End, P plays; in presenter mode also a clicker's PageUp/PageDown/Space. */
function onKey(event: KeyboardEvent, store: PlaygroundStore, app: AppStore): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTypingTarget(event.target, event.key)) return;
  const presenting = app.getState().present !== 'off';
  const onButton =
    event.target instanceof Element && event.target.closest('button, a[href], summary') !== null;
  const s = store.getState();
  const keys: Record<string, (() => void) | undefined> = {
    ArrowRight: event.shiftKey ? undefined : s.next,
    ArrowLeft: event.shiftKey ? undefined : s.previous,
    Home: s.first,
    End: s.last,
    p: () => s.setPlaying(!s.playing),
    P: () => s.setPlaying(!s.playing),
    ...(presenting && { PageDown: s.next, PageUp: s.previous, ...(!onButton && { ' ': s.next }) }),
  };
  const run = keys[event.key];
  if (run) {
    event.preventDefault();
    run();
    return;
  }
  // Presenter mode's own keys (full screen, blank, hide the numbers).
  if (presenting) handleShortcut(event, app.getState());
}

/**
 * The autodiff playground: any formula as a computational graph, its forward
 * and backward pass one step at a time with the chain rule written out, forward
 * mode beside reverse mode, and the checks.
 */
export function PlaygroundPage({ label }: { readonly label?: string }) {
  const app = useAppStoreApi();
  const [store] = useState(() => startStore(app));
  const editable = useAppStore((s) => s.editable);
  const root = useRef<HTMLElement>(null);
  useEffect(() => linkPlayground(app, store), [app, store]);
  usePlaygroundLive(app, store, root);
  useEffect(() => {
    const handler = (event: KeyboardEvent) => onKey(event, store, app);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, [app, store]);
  return (
    <PlaygroundProvider store={store}>
      <main id="main" ref={root} className="playground" aria-label={label}>
        <div className="pg-head">
          <h1 className="pg-title">Autodiff playground</h1>
          <p className="pg-intro">
            Type a formula: it becomes a computational graph. Step through the forward pass, then
            the backward pass from ∂f/∂f = 1, and watch the chain rule at every node.
          </p>
        </div>
        <section className="pg-input" aria-label="Formula">
          <FormulaField editable={editable} />
          <PresetMenu editable={editable} />
        </section>
        <section className="pg-graph-panel" aria-label="Graph">
          <PlaygroundGraph editable={editable} />
          <p className="pg-legend">
            Each box: name, <strong>value</strong>, and <em>grad</em> (∂f/∂ that value) once the
            backward pass reaches it. On each edge: the local derivative of the node it enters; a
            value used twice shows each use’s share (+=).
            {editable ? ' Drag a leaf’s value (↕) up or down to change it.' : ''}
          </p>
        </section>
        <div className="pg-columns">
          <section className="pg-steps" aria-label="Step-through">
            <PlaygroundFormula />
            <PlaygroundStepper />
          </section>
          <section className="pg-side" aria-label="Values and gradients">
            <ValuesPanel editable={editable} />
            <ModePanel />
          </section>
        </div>
        <section className="pg-checks-panel" aria-label="Checks">
          <ChecksPanel editable={editable} />
        </section>
      </main>
    </PlaygroundProvider>
  );
}
