import '../styles/base.css';
import '../styles/explorer.css';
import '../styles/graph.css';
import '../styles/graph-keys.css';
import '../styles/stepper.css';
import '../styles/formula.css';
import '../styles/panels.css';
import './embed.css';
import { StoreProvider } from '../store/context';
import { linkNamesData } from '../store/url-state';
import { attachEmbedBridge } from './bridge';
import { EmbedApp } from './EmbedApp';
import { embedStore } from './embed-store';
import { mountPage } from '../ui/mount-page';

const search = window.location.search;
const { options, store } = embedStore(search);

if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;

const container = document.getElementById('root')!;
// On the page before `ready` below is sent: the build's markup of the widget with no query
// (app/prerender/), taken over as it stands, or else rendered at once.
mountPage(
  container,
  <StoreProvider store={store}>
    <EmbedApp options={options} />
  </StoreProvider>,
  { asPrerendered: search === '' },
);

// Outside React, so StrictMode's double effects cannot announce `ready` twice.
// A dataset's code loads only for a link that names one (data=…), or a message.
attachEmbedBridge(store, {
  parentOrigin: options.parentOrigin,
  content: container,
  dataLink: linkNamesData(search) && search,
});
