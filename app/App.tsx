import { useEffect, useRef } from 'react';
import { ExplorerPage } from './explorer/ExplorerPage';
import { SheetPage } from './sheet/SheetPage';
import { useAppStore, useAppStoreApi } from './store/context';
import { attachLiveValues } from './store/live-values';
import { attachUrlSync } from './store/url-sync';
import { AppHeader } from './ui/AppHeader';
import { NoticeList } from './ui/NoticeList';

export function App() {
  const store = useAppStoreApi();
  const view = useAppStore((s) => s.view);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => attachUrlSync(store), [store]);
  useEffect(
    () => (root.current ? attachLiveValues(store, root.current) : undefined),
    [store, view],
  );
  return (
    <div ref={root} className="app">
      <AppHeader />
      <NoticeList />
      {view === 'sheet' ? <SheetPage /> : <ExplorerPage />}
    </div>
  );
}
