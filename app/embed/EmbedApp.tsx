import { useEffect, useRef } from 'react';
import { FormulaPanel } from '../formulas/FormulaPanel';
import { NetworkGraph } from '../graph/NetworkGraph';
import { SettingsPanel } from '../explorer/SettingsPanel';
import { Stepper } from '../explorer/Stepper';
import { TrainingPanel } from '../explorer/TrainingPanel';
import { useAppStoreApi } from '../store/context';
import { attachLiveValues } from '../store/live-values';
import { NoticeList } from '../ui/NoticeList';
import type { EmbedOptions, Panel } from './embed-options';

const LABELS: Readonly<Record<Panel, string>> = {
  graph: 'Network',
  formula: 'Current step',
  steps: 'Step-through',
  settings: 'Settings',
  chart: 'Training',
};

function PanelContent({ panel }: { panel: Panel }) {
  switch (panel) {
    case 'graph':
      return <NetworkGraph />;
    case 'formula':
      return <FormulaPanel />;
    case 'steps':
      return <Stepper />;
    case 'settings':
      return <SettingsPanel />;
    case 'chart':
      return <TrainingPanel />;
  }
}

/**
 * The embeddable widget: only the panels the embedder asked for, no page chrome.
 * The host talks to it through the postMessage bridge (attached in main.tsx).
 */
export function EmbedApp({ options }: { options: EmbedOptions }) {
  const store = useAppStoreApi();
  const root = useRef<HTMLElement>(null);
  useEffect(() => (root.current ? attachLiveValues(store, root.current) : undefined), [store]);
  return (
    <main
      ref={root}
      className={`embed${options.controls ? '' : ' embed-no-controls'}`}
      aria-label="Backprop Lab"
    >
      <NoticeList />
      {options.panels.map((panel) => (
        <section key={panel} className={`embed-panel embed-${panel}`} aria-label={LABELS[panel]}>
          <PanelContent panel={panel} />
        </section>
      ))}
    </main>
  );
}
