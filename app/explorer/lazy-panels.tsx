/**
 * The tool panels a first visit does not show: their code (and the loss chart's
 * d3 scales and shapes) loads when a panel is first opened, or sooner, once the
 * page is idle, so opening one rarely waits.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

const loaders = {
  params: () => import('./ParamPanel').then((m) => ({ default: m.ParamPanel })),
  settings: () => import('./SettingsPanel').then((m) => ({ default: m.SettingsPanel })),
  train: () => import('./TrainingPanel').then((m) => ({ default: m.TrainingPanel })),
  check: () => import('./CheckPanel').then((m) => ({ default: m.CheckPanel })),
  values: () => import('./ValuesPanel').then((m) => ({ default: m.ValuesPanel })),
  chart: () => import('./ErrorCurve').then((m) => ({ default: m.ErrorCurve })),
  data: () => import('./DataPanel').then((m) => ({ default: m.DataPanel })),
} satisfies Record<string, () => Promise<{ default: ComponentType }>>;

export type LazyPanel = keyof typeof loaders;

const components: Record<LazyPanel, ComponentType> = {
  params: lazy(loaders.params),
  settings: lazy(loaders.settings),
  train: lazy(loaders.train),
  check: lazy(loaders.check),
  values: lazy(loaders.values),
  chart: lazy(loaders.chart),
  data: lazy(loaders.data),
};

export function LazyPanelContent({ panel }: { panel: LazyPanel }): ReactNode {
  const Panel = components[panel];
  return (
    <Suspense
      fallback={
        <p className="placeholder" aria-busy="true">
          Loading…
        </p>
      }
    >
      <Panel />
    </Suspense>
  );
}

/** Fetch the panels' code in the background once the page has settled. */
export function prefetchPanels(
  panels: readonly LazyPanel[] = ['values', 'settings', 'train', 'check'],
) {
  const fetchAll = () => panels.forEach((panel) => void loaders[panel]());
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll, { timeout: 4000 });
  else setTimeout(fetchAll, 2000);
}
