import { useEffect } from 'react';
import { NetworkGraph } from '../graph/NetworkGraph';
import { FormulaPanel } from '../formulas/FormulaPanel';
import { useAppStoreApi } from '../store/context';
import { Tabs } from '../ui/Tabs';
import { CheckPanel } from './CheckPanel';
import { ExplorerToolbar } from './ExplorerToolbar';
import { ParamPanel } from './ParamPanel';
import { SettingsPanel } from './SettingsPanel';
import { handleShortcut } from './shortcuts';
import { Stepper } from './Stepper';
import { TrainingPanel } from './TrainingPanel';

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
  return (
    <main id="main" className="explorer">
      <h1 className="visually-hidden">Backpropagation explorer</h1>
      <section className="explorer-graph" aria-label="Network">
        <ExplorerToolbar />
        <NetworkGraph />
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
            { id: 'settings', label: 'Settings', content: <SettingsPanel /> },
            { id: 'train', label: 'Train', content: <TrainingPanel /> },
            { id: 'check', label: 'Check', content: <CheckPanel /> },
          ]}
        />
      </aside>
    </main>
  );
}
