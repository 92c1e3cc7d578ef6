import { lazy, Suspense, useEffect } from 'react';
import { NetworkGraph, type LayerControlsProps } from '../graph/NetworkGraph';
import { FormulaPanel } from '../formulas/FormulaPanel';
import { useAppStoreApi } from '../store/context';
import { Tabs } from '../ui/Tabs';
import { ExplorerToolbar } from './ExplorerToolbar';
import { LazyPanelContent, prefetchPanels } from './lazy-panels';
import { ParamPanel } from './ParamPanel';
import { handleShortcut } from './shortcuts';
import { Stepper } from './Stepper';

// The architecture buttons load after the first paint: a first visit reads the article's network.
const ArchitectureControls = lazy(() =>
  import('./ArchitectureControls').then((m) => ({ default: m.ArchitectureControls })),
);

function LazyArchitectureControls(props: LayerControlsProps) {
  return (
    <Suspense fallback={<div className="arch-controls-placeholder" />}>
      <ArchitectureControls {...props} />
    </Suspense>
  );
}

/**
 * The explorer: the network drawn and editable, the step-through, the current
 * step's derivation, and the tools around them.
 */
export function ExplorerPage() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => handleShortcut(event, store.getState());
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
  useEffect(() => prefetchPanels(), []);
  return (
    <main id="main" className="explorer">
      <h1 className="visually-hidden">Backpropagation explorer</h1>
      <section className="explorer-graph" aria-label="Network">
        <ExplorerToolbar />
        <NetworkGraph layerControls={LazyArchitectureControls} />
      </section>
      <section className="explorer-formula" aria-label="Current step">
        <FormulaPanel />
      </section>
      <section className="explorer-steps" aria-label="Step-through">
        <Stepper />
      </section>
      <aside className="explorer-tools" aria-label="Tools">
        <Tabs
          label="Tools"
          tabs={[
            { id: 'params', label: 'Numbers', content: <ParamPanel /> },
            { id: 'values', label: 'Computed', content: <LazyPanelContent panel="values" /> },
            { id: 'settings', label: 'Settings', content: <LazyPanelContent panel="settings" /> },
            { id: 'train', label: 'Train', content: <LazyPanelContent panel="train" /> },
            { id: 'check', label: 'Check', content: <LazyPanelContent panel="check" /> },
          ]}
        />
      </aside>
    </main>
  );
}
