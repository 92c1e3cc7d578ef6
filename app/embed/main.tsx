import '../styles/base.css';
import '../styles/explorer.css';
import '../styles/graph.css';
import '../styles/graph-keys.css';
import '../styles/stepper.css';
import '../styles/formula.css';
import '../styles/panels.css';
import './embed.css';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Notice } from '../engine/query';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../store/context';
import { linkNamesData, readUrlState } from '../store/url-state';
import { attachEmbedBridge } from './bridge';
import { EmbedApp } from './EmbedApp';
import { readEmbedOptions } from '../explorer/embed-options';
import { LESSON_MISSING } from './lesson-notice';

const search = window.location.search;

/** A refused lesson name falls back to the widget's panels, not to the app's list of lessons. */
const inWidget = (notice: Notice): Notice =>
  notice.key === 'lesson' ? { ...notice, message: LESSON_MISSING } : notice;

const options = readEmbedOptions(search);
const initial = readUrlState(search);
const store = createAppStore({
  ...initial,
  // The widget shows its panels or, with ?lesson=…, that one lesson, or with ?view=playground the
  // playground: the app's other views do not apply.
  view:
    initial.view === 'lesson' && initial.lesson !== undefined
      ? 'lesson'
      : initial.view === 'playground'
        ? 'playground'
        : 'explorer',
  editable: options.edit,
  notices: [...(initial.notices ?? []).map(inWidget), ...options.notices],
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
// A dataset's code loads only for a link that names one (data=…), or a message.
attachEmbedBridge(store, {
  parentOrigin: options.parentOrigin,
  content: container,
  dataLink: linkNamesData(search) && search,
});
