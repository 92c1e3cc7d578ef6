/**
 * The entry pages' default state as HTML, rendered at build time (vite-plugin-prerender.ts),
 * so a first visit shows the network, its numbers and the first formula before any
 * JavaScript has run. The client hydrates this HTML when its address asks for the default
 * state (app/main.tsx, app/embed/main.tsx): it must render exactly what the client's first
 * render would.
 */
import { JSDOM } from 'jsdom';
import { StrictMode, type ReactNode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from '../App';
import { EmbedApp } from '../embed/EmbedApp';
import { embedStore } from '../embed/embed-store';
import { preloadTex, recordTexUse } from '../formulas/tex-html';
import { createAppStore, type AppState } from '../store/app-store';
import { patchLiveValues } from '../store/live-values';
import { StoreProvider } from '../store/context';
import { readUrlState } from '../store/url-state';

export interface PrerenderedPage {
  /** the markup of the page's root element */
  readonly html: string;
  /** the rendered formulas it shows, by catalog key, for the client's first render */
  readonly tex: Readonly<Record<string, string>>;
}

/**
 * The markup as the page shows it once mounted: the live numbers that the client
 * writes outside React (the formulas' numbers in place, store/live-values.ts) are
 * written here by the same code, in a DOM made for the purpose.
 */
function withLiveValues(html: string, state: AppState): string {
  const root = new JSDOM().window.document.createElement('div');
  root.innerHTML = html;
  patchLiveValues(root, state, false);
  return root.innerHTML;
}

async function renderToHtml(element: ReactNode, state: AppState): Promise<PrerenderedPage> {
  await preloadTex();
  const [html, tex] = await recordTexUse(async () => {
    // prerender waits for every lazy part, as a page that has settled shows them.
    // One piece: a boundary over the chunk size would be sent hidden, with an inline
    // script to show it, which no-JS visits and the embed's CSP would never run.
    const { prelude } = await prerender(<StrictMode>{element}</StrictMode>, {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    });
    return new Response(prelude).text();
  });
  return { html: withLiveValues(html, state), tex };
}

/**
 * The app at an address: '' is the explorer with the article's network at its first
 * step; `?view=sheet` the worked-example sheet, and so on (store/page-files.ts).
 */
export function renderApp(search: string): Promise<PrerenderedPage> {
  const store = createAppStore(readUrlState(search));
  return renderToHtml(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
    store.getState(),
  );
}

/** The embed with no query: the widget's panels on the article's network. */
export function renderEmbed(): Promise<PrerenderedPage> {
  const { options, store } = embedStore('');
  return renderToHtml(
    <StoreProvider store={store}>
      <EmbedApp options={options} />
    </StoreProvider>,
    store.getState(),
  );
}
