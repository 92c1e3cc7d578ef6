/**
 * Every panel of the explorer by its id (panel-ids.ts), drawn the same way
 * wherever it appears: the explorer's tabs, a lesson step, the embed, the
 * speaker's tools. The tool panels' code loads when first shown (lazy-panels.tsx),
 * so a page that names none does not carry it.
 */
import type { ReactNode } from 'react';
import { FormulaPanel } from '../formula-panel/FormulaPanel';
import { NetworkGraph } from '../diagram/NetworkGraph';
import { LazyPanelContent } from './lazy-panels';
import { PANEL_NAMES, type PanelId } from './panel-ids';
import { Stepper } from './Stepper';

const CONTENT: Readonly<Record<PanelId, () => ReactNode>> = {
  graph: () => <NetworkGraph />,
  formula: () => <FormulaPanel />,
  steps: () => <Stepper />,
  // Loaded when shown: the embed and most lessons never show it. The explorer, where it is the
  // first tab open, draws it from a static import instead (ExplorerPage).
  params: () => <LazyPanelContent panel="params" />,
  values: () => <LazyPanelContent panel="values" />,
  settings: () => <LazyPanelContent panel="settings" />,
  train: () => <LazyPanelContent panel="train" />,
  chart: () => <LazyPanelContent panel="chart" />,
  check: () => <LazyPanelContent panel="check" />,
  data: () => <LazyPanelContent panel="data" />,
};

/** A panel's content, without its frame. */
export function PanelContent({ id }: { id: PanelId }): ReactNode {
  return CONTENT[id]();
}

/**
 * A panel in its own labelled region. `headingClassName`: the page shows the
 * panel's heading where it has one (a lesson does; the compact embed does not);
 * `labelPrefix` tells two widgets' regions apart on one host page.
 */
export function PanelSection({
  id,
  className,
  headingClassName,
  labelPrefix,
}: {
  id: PanelId;
  className?: string;
  headingClassName?: string;
  labelPrefix?: string | null;
}): ReactNode {
  const names = PANEL_NAMES[id];
  return (
    <section
      className={className}
      aria-label={labelPrefix ? `${labelPrefix}: ${names.label}` : names.label}
    >
      {headingClassName !== undefined && names.heading && (
        <h2 className={headingClassName}>{names.heading}</h2>
      )}
      <PanelContent id={id} />
    </section>
  );
}
