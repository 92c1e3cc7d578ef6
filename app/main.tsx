import './styles/base.css';
import './styles/explorer.css';
import './styles/graph.css';
import './styles/graph-keys.css';
import './styles/stepper.css';
import './styles/formula.css';
import './styles/panels.css';
import './styles/present.css';
import './styles/print.css';
import { App } from './App';
import { createAppStore } from './store/app-store';
import { StoreProvider } from './store/context';
import { linkNamesData, readUrlState } from './store/url-state';
import { appAddress, viewOfPath } from './store/page-files';
import { mountPage } from './ui/mount-page';
import { loadPresentSync } from './present/load-present-sync';

// The build drew this page's default state (app/prerender/): the explorer with no query, or a
// view's own file (sheet.html) with none; that page takes its markup over.
const asPrerendered = window.location.search === '';
// A view's own file is another way in to the app: from here on, the app's address for it.
const fileView = viewOfPath(window.location.pathname);
if (fileView) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', appAddress(pathname, search, fileView) + hash);
}

const search = window.location.search;
const store = createAppStore(readUrlState(search));
// A window opened to present fetches the presenter windows' sync with the page.
if (store.getState().present !== 'off') void loadPresentSync();
// A dataset's code loads only for a link that names one (data=…).
if (linkNamesData(search)) {
  void import('./store/read-data').then((m) => m.applyDataQuery(store, search));
}

mountPage(
  document.getElementById('root')!,
  <StoreProvider store={store}>
    <App />
  </StoreProvider>,
  { asPrerendered },
);
