import '../styles/base.css';
import '../styles/explorer.css';
import '../styles/graph.css';
import '../styles/stepper.css';
import '../styles/formula.css';
import '../styles/panels.css';
import '../styles/training.css';
import './embed.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../store/context';
import { readUrlState } from '../store/url-state';
import { attachEmbedBridge } from './bridge';
import { EmbedApp } from './EmbedApp';
import { readEmbedOptions } from './embed-options';

const search = window.location.search;
const options = readEmbedOptions(search);
const initial = readUrlState(search);
const store = createAppStore({
  ...initial,
  // The widget has one page: a view or lesson asked for in its URL does not apply.
  view: 'explorer',
  notices: [...(initial.notices ?? []), ...options.notices],
});

if (options.theme !== 'auto') document.documentElement.dataset.theme = options.theme;

const container = document.getElementById('root')!;
const root = createRoot(container);
// Rendered at once, so `ready` below is sent with the widget on the page.
flushSync(() =>
  root.render(
    <StrictMode>
      <StoreProvider store={store}>
        <EmbedApp options={options} />
      </StoreProvider>
    </StrictMode>,
  ),
);

// Outside React, so StrictMode's double effects cannot announce `ready` twice.
attachEmbedBridge(store, { parentOrigin: options.parentOrigin, content: container });
