// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from './shortcuts';

describe('isTypingTarget with data-own-keys="arrows"', () => {
  document.body.innerHTML = `
    <svg data-own-keys="arrows"><g id="node" role="button" tabindex="0"></g>
      <g id="label" role="spinbutton" data-own-keys="arrows" tabindex="-1"></g>
      <foreignObject><input id="editor" type="text"></foreignObject></svg>`;
  const node = document.getElementById('node');
  const label = document.getElementById('label');
  const editor = document.getElementById('editor');

  it('claims the keys that move, on a part or a value control of the diagram', () => {
    for (const target of [node, label]) {
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
        expect(isTypingTarget(target, key), key).toBe(true);
      }
    }
  });

  it('leaves the other shortcuts (P, Ctrl+Z, ?) to the page', () => {
    for (const target of [node, label]) {
      for (const key of ['p', 'z', '?', undefined]) expect(isTypingTarget(target, key)).toBe(false);
    }
  });

  it('gives every key to a field being typed in', () => {
    for (const key of ['ArrowLeft', 'p', 'z', undefined]) {
      expect(isTypingTarget(editor, key)).toBe(true);
    }
  });
});
