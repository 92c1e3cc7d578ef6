import { useEffect } from 'react';
import { NetworkGraph } from '../diagram/NetworkGraph';
import { useAppStoreApi } from '../store/context';
import { Tabs } from '../ui/Tabs';
import { ArchitectureControls } from './ArchitectureControls';
import { ExplorerToolbar } from './ExplorerToolbar';
import { prefetchPanels } from './lazy-panels';
import { PANEL_NAMES } from './panel-ids';
import { PanelContent, PanelSection } from './panel-registry';
import { ParamPanel } from './ParamPanel';
import { handleShortcut } from './shortcuts';

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
      <section className="explorer-graph" aria-label={PANEL_NAMES.graph.label}>
        <ExplorerToolbar />
        {/* Drawn with the first paint (a few kB): loaded later, they would push the diagram down. */}
        <NetworkGraph layerControls={ArchitectureControls} />
      </section>
      <PanelSection id="formula" className="explorer-formula" />
      <PanelSection id="steps" className="explorer-steps" />
      <aside className="explorer-tools" aria-label="Tools">
        <Tabs
          label="Tools"
          tabs={[
            // The tab open on a first visit: drawn with the page, not loaded after it.
            { id: 'params', label: 'Numbers', content: <ParamPanel /> },
            { id: 'values', label: 'Computed', content: <PanelContent id="values" /> },
            { id: 'settings', label: 'Settings', content: <PanelContent id="settings" /> },
            { id: 'train', label: 'Train', content: <PanelContent id="train" /> },
            { id: 'check', label: 'Check', content: <PanelContent id="check" /> },
            { id: 'data', label: 'Data', content: <PanelContent id="data" /> },
          ]}
        />
      </aside>
    </main>
  );
}
