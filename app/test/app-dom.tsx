/**
 * For component tests under jsdom: mounts a tree inside an app store as the page
 * does, and cleans up after each test. Registers its hooks when called at the top
 * of a test file.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll } from 'vitest';
import { preloadTex } from '../formulas/tex-html';
import type { AppStore } from '../store/app-store';
import { StoreProvider } from '../store/context';
import { attachLiveValues } from '../store/live-values';

export interface AppDom {
  /** Renders `children` in the store into a fresh container; `live` attaches the live-number patcher too. */
  mount(store: AppStore, children: ReactNode, options?: { live?: boolean }): HTMLElement;
  /** Unmounts what `mount` rendered, as leaving the page would. */
  unmount(): void;
}

export function setUpAppDom(): AppDom {
  let root: Root | undefined;
  let detach: (() => void) | undefined;

  // Formulas render synchronously once their sources are loaded, as on a page that has settled;
  // a load still running when the file ends would outlive its environment.
  beforeAll(() => preloadTex());
  beforeAll(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    // jsdom has no media queries: answer "reduced motion", so the patcher does not animate.
    window.matchMedia = ((query: string) => ({ matches: true, media: query })) as never;
  });
  const unmount = () => {
    act(() => root?.unmount());
    root = undefined;
    detach?.();
    detach = undefined;
  };
  afterEach(() => {
    unmount();
    document.body.innerHTML = '';
  });

  return {
    unmount,
    mount(store, children, { live = false } = {}) {
      const container = document.createElement('div');
      document.body.append(container);
      root = createRoot(container);
      act(() => root!.render(<StoreProvider store={store}>{children}</StoreProvider>));
      if (live) detach = attachLiveValues(store, container);
      return container;
    },
  };
}
