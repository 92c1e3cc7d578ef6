// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { handleShortcut, shortcutsFor, PRESENTER_SHORTCUTS } from '../explorer/shortcuts';
import { createAppStore } from '../store/app-store';
import { readUrlState } from '../store/url-state';

const press = (key: string, target: EventTarget = document.body, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('presenter shortcuts', () => {
  it('are the ones in force, and listed, in presenter mode only', () => {
    expect(shortcutsFor('explorer', 'audience')).toBe(PRESENTER_SHORTCUTS);
    expect(shortcutsFor('lesson', 'speaker')).toBe(PRESENTER_SHORTCUTS);
    expect(shortcutsFor('explorer')).not.toBe(PRESENTER_SHORTCUTS);
  });

  it('step the computation in the explorer with clicker keys', () => {
    const store = createAppStore(readUrlState('?present=1&step=net_h1'));
    for (const key of ['PageDown', ' ', 'ArrowRight']) handleShortcut(press(key), store.getState());
    const ids = store.getState().trace.entries.map((e) => e.id);
    expect(store.getState().step).toBe(ids[3]);
    handleShortcut(press('PageUp'), store.getState());
    expect(store.getState().step).toBe(ids[2]);
    handleShortcut(press('End'), store.getState());
    expect(store.getState().step).toBe(ids.at(-1));
    handleShortcut(press('Home'), store.getState());
    expect(store.getState().step).toBe(ids[0]);
  });

  it("turn a lesson's pages in a lesson", () => {
    const store = createAppStore(readUrlState('?present=1&lesson=forward-pass'));
    store.getState().setLessonStepCount(5);
    handleShortcut(press('PageDown'), store.getState());
    handleShortcut(press(' '), store.getState());
    expect(store.getState().lessonStep).toBe(2);
    handleShortcut(press('End'), store.getState());
    expect(store.getState().lessonStep).toBe(4);
    handleShortcut(press('Home'), store.getState());
    expect(store.getState().lessonStep).toBe(0);
  });

  it('H hides and shows the numbers, B blanks', () => {
    const store = createAppStore(readUrlState('?present=1'));
    handleShortcut(press('h'), store.getState());
    expect(store.getState().valuesHidden).toBe(true);
    handleShortcut(press('H'), store.getState());
    expect(store.getState().valuesHidden).toBe(false);
    handleShortcut(press('b'), store.getState());
    expect(store.getState().blank).toBe(true);
  });

  it('do nothing while the user types, and Space on a button presses the button', () => {
    const store = createAppStore(readUrlState('?present=1&step=net_h1'));
    const input = document.createElement('input');
    expect(handleShortcut(press('h', input), store.getState())).toBe(false);
    expect(handleShortcut(press('PageDown', input), store.getState())).toBe(false);
    const button = document.createElement('button');
    expect(handleShortcut(press(' ', button), store.getState())).toBe(false);
    expect(store.getState()).toMatchObject({ step: 'net_h1', valuesHidden: false });
  });
});
