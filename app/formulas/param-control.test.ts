// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findParamControl, namesParam } from './param-control';

describe('namesParam', () => {
  it('matches the parameter id as a whole word at the start', () => {
    expect(namesParam('w1 weight i1 → h1', 'w1')).toBe(true);
    expect(namesParam('w1', 'w1')).toBe(true);
    expect(namesParam('w10', 'w1')).toBe(false);
    expect(namesParam('lr learning rate', 'lr')).toBe(true);
    expect(namesParam('the w1 slider', 'w1')).toBe(false);
  });
});

describe('findParamControl', () => {
  it('finds a labelled input or spinbutton, skipping sliders named otherwise', () => {
    document.body.innerHTML = `
      <label>w10 <input id="a"></label>
      <span id="lab">w1 value</span><div role="spinbutton" id="b" aria-labelledby="lab"></div>`;
    // jsdom lays nothing out; every element counts as visible.
    for (const e of document.querySelectorAll('*')) {
      (e as HTMLElement).getClientRects = () => [{}] as unknown as DOMRectList;
    }
    expect(findParamControl('w1')?.id).toBe('b');
    expect(findParamControl('w10')?.id).toBe('a');
    expect(findParamControl('b1')).toBeNull();
  });

  it('prefers a field to a button that opens an editor, and falls back on the button', () => {
    document.body.innerHTML = `
      <svg><g role="button" id="label" data-param-control="w5" aria-label="w5 0.4, weight"></g></svg>
      <label>w5 <input id="field"></label>`;
    for (const e of document.querySelectorAll('*')) {
      (e as HTMLElement).getClientRects = () => [{}] as unknown as DOMRectList;
    }
    expect(findParamControl('w5')?.id).toBe('field');
    document.getElementById('field')!.closest('label')!.remove();
    expect(findParamControl('w5')?.id).toBe('label');
  });
});
