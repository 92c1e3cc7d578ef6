import './styles/base.css';
import './styles/explorer.css';
import './styles/graph.css';
import './styles/graph-keys.css';
import './styles/stepper.css';
import './styles/formula.css';
import './styles/panels.css';
import './styles/present.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/context';
import { linkNamesData, readUrlState } from './store/url-state';

const store = createAppStore(readUrlState(window.location.search));
// A dataset's code loads only for a link that names one (data=…).
if (linkNamesData(window.location.search)) {
  void import('./store/read-data').then((m) => m.applyDataQuery(store, window.location.search));
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
