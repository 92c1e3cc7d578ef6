import { useEffect } from 'react';
import { NetworkGraph } from '../graph/NetworkGraph';
import { FormulaPanel } from '../formulas/FormulaPanel';
import { useAppStoreApi } from '../store/context';
import { Tabs } from '../ui/Tabs';
import { ArchitectureControls } from './ArchitectureControls';
import { ExplorerToolbar } from './ExplorerToolbar';
import { LazyPanelContent, prefetchPanels } from './lazy-panels';
import { ParamPanel } from './ParamPanel';
import { handleShortcut } from './shortcuts';
import { Stepper } from './Stepper';

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
        {/* Drawn with the first paint (a few kB): loaded later, they would push the diagram down. */}
        <NetworkGraph layerControls={ArchitectureControls} />
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
