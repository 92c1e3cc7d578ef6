// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { createAppStore } from './app-store';
import type { AppState } from './app-store';
import { isConcealed, isRevealed, patchLiveValues } from './live-values';

let reduceMotion = false;
let now = 1000;
const animate = vi.fn();

beforeEach(() => {
  reduceMotion = false;
  now = 1000;
  animate.mockClear();
  window.matchMedia = ((media: string) => ({ matches: reduceMotion, media })) as never;
  // jsdom has no Web Animations.
  HTMLElement.prototype.animate = animate as never;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function setup() {
  const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total' });
  const root = document.createElement('div');
  root.innerHTML =
    '<span data-live data-quantity="E_total"></span><span data-live data-param="w5"></span>';
  document.body.append(root);
  patchLiveValues(root, store.getState(), false);
  let moves = 0;
  /** Drags w5 0.01 further (0.41, 0.42 …) and patches, as the live subscription does. */
  const move = (flash = true) => {
    moves += 1;
    store.getState().setParam('w5', (40 + moves) / 100, 'preview');
    patchLiveValues(root, store.getState(), flash);
  };
  return { root, move };
}

describe('patchLiveValues flashes', () => {
  it('each changed number at most once per 600 ms', () => {
    const { root, move } = setup();
    move();
    expect(animate).toHaveBeenCalledTimes(2);
    expect(animate.mock.contexts).toEqual([...root.querySelectorAll('[data-live]')]);
    now += 599;
    move();
    expect(animate).toHaveBeenCalledTimes(2);
    now += 1;
    move();
    expect(animate).toHaveBeenCalledTimes(4);
    expect(root.querySelector('[data-param="w5"]')?.getAttribute('data-value')).toBe('0.43');
  });

  it('nothing under reduced motion, nor when the patch is not to flash', () => {
    const { root, move } = setup();
    reduceMotion = true;
    move();
    now += 1000;
    move(false);
    expect(animate).not.toHaveBeenCalled();
    expect(root.querySelector('[data-param="w5"]')?.textContent).toBe('0.42');
  });
});

describe('what a lesson conceals', () => {
  it('hides the concealed quantity and every one after it, whatever the step-through shows', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'out_o1' });
    const at = (state: Partial<AppState>) => ({ ...store.getState(), ...state });
    expect(isRevealed(at({}), 'net_o1')).toBe(true);
    expect(isRevealed(at({}), 'out_o2')).toBe(false);
    expect(isRevealed(at({ showAll: true }), 'dE_dw5')).toBe(true);
    const veiled = at({ showAll: true, concealed: 'net_o1' });
    expect(['net_h1', 'out_h2'].map((id) => isRevealed(veiled, id))).toEqual([true, true]);
    expect(['net_o1', 'out_o1', 'dE_dw5', 'w5_new'].map((id) => isRevealed(veiled, id))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isConcealed(veiled, 'out_h2')).toBe(false);
    expect(isConcealed(veiled, 'E_total')).toBe(true);
    // A parameter is never a trace quantity: the veil is not for it.
    expect(isRevealed(veiled, 'w5')).toBe(true);
  });

  it('marks concealed numbers unrevealed when patching', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'E_total' });
    store.getState().setConcealed('E_o2');
    const root = document.createElement('div');
    root.innerHTML =
      '<span data-live data-quantity="E_o1"></span><span data-live data-quantity="E_total"></span>';
    patchLiveValues(root, store.getState(), false);
    const [before, after] = root.querySelectorAll('[data-live]');
    expect(before?.hasAttribute('data-unrevealed')).toBe(false);
    expect(after?.hasAttribute('data-unrevealed')).toBe(true);
  });
});
