// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { createAppStore } from '../store/app-store';
import { handleShortcut } from './shortcuts';

const ctrl = (key: string, shiftKey = false) => {
  const event = new KeyboardEvent('keydown', {
    key,
    ctrlKey: true,
    shiftKey,
    bubbles: true,
    cancelable: true,
  });
  Object.defineProperty(event, 'target', { value: document.body });
  return event;
};

describe('the editable flag', () => {
  it('is on unless the store is created locked', () => {
    expect(createAppStore({ model: ARTICLE_MODEL }).getState().editable).toBe(true);
    expect(createAppStore({ model: ARTICLE_MODEL, editable: false }).getState().editable).toBe(
      false,
    );
  });

  it('makes undo and redo inert, while the step keys and the store actions still work', () => {
    const store = createAppStore({ model: ARTICLE_MODEL, editable: false });
    // What the host's setParams does: the store still takes it.
    expect(store.getState().setParam('w5', 0.3, 'commit')).toBe(true);
    expect(handleShortcut(ctrl('z'), store.getState())).toBe(false);
    expect(store.getState().model.params.w5).toBe(0.3);
    handleShortcut(new KeyboardEvent('keydown', { key: 'End' }), store.getState());
    expect(store.getState().step).toBe(store.getState().trace.entries.at(-1)?.id);

    const open = createAppStore({ model: ARTICLE_MODEL });
    open.getState().setParam('w5', 0.3, 'commit');
    expect(handleShortcut(ctrl('z'), open.getState())).toBe(true);
    expect(open.getState().model.params.w5).toBe(ARTICLE_MODEL.params.w5);
    expect(handleShortcut(ctrl('z', true), open.getState())).toBe(true);
    expect(open.getState().model.params.w5).toBe(0.3);
  });
});
