// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';
import { renderTex } from './render-tex';
import { slot, slotTex, trustOnlySlots } from './slot-tex';

const trace = computeTrace(ARTICLE_MODEL);
const entry = (id: string) => trace.entries.find((e) => e.id === id)!;
const source = {
  isQuantity: (id: string) => id in trace.quantities,
  value: (id: string) => trace.quantities[id] ?? ARTICLE_MODEL.params[id] ?? NaN,
};
const dom = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

describe('slotTex', () => {
  it('puts one slot per mark, quantities and parameters told apart', () => {
    const tex = slotTex(entry('net_h1').template, source);
    expect(tex).toContain('{\\htmlData{live=,param=w1,format=operand}{0.15}}');
    expect(tex).toContain('\\htmlData{live=,param=i1,format=operand}{0.05}');
    expect(slotTex(entry('dE_dw5').template, source)).toContain(
      '\\htmlData{live=,quantity=dE_dout_o1,format=operand}{0.74136507}',
    );
    expect(slot('quantity', 'x', -0.5)).toBe(
      '{\\htmlData{live=,quantity=x,format=operand}{\\left(-0.5\\right)}}',
    );
  });

  it('renders to spans live-values.ts can find and patch', () => {
    const root = dom(renderTex(slotTex(entry('dE_dw5').template, source), { output: 'html' }));
    const slots = [...root.querySelectorAll<HTMLElement>('[data-live]')];
    expect(slots.map((s) => s.dataset.quantity)).toEqual([
      'dE_dout_o1',
      'dout_o1_dnet_o1',
      'dnet_o1_dw5',
    ]);
    expect(slots.every((s) => s.dataset.format === 'operand')).toBe(true);
    expect(slots[0]!.textContent).toBe('0.74136507');
    expect(root.querySelector('.katex-error')).toBeNull();
    expect(root.querySelector('math')).toBeNull();
    // Only the number is inside a slot: the spacing around "·" is outside, and survives a patch.
    for (const s of slots) expect(s.querySelector('.mspace')).toBeNull();
  });

  it('renders every entry of the trace without a KaTeX error', () => {
    for (const e of trace.entries) {
      const root = dom(renderTex(slotTex(e.template, source), { output: 'html' }));
      expect(root.querySelector('.katex-error'), e.id).toBeNull();
      expect(root.querySelectorAll('[data-live]').length, e.id).toBe(
        (e.template.match(/@\[/g) ?? []).length,
      );
    }
  });
});

describe('trustOnlySlots', () => {
  it('allows our slots only', () => {
    expect(
      trustOnlySlots({
        command: '\\htmlData',
        attributes: { 'data-live': '', 'data-quantity': 'dE_dw5', 'data-format': 'operand' },
      }),
    ).toBe(true);
    expect(trustOnlySlots({ command: '\\href' })).toBe(false);
    expect(trustOnlySlots({ command: '\\htmlId', attributes: { id: 'x' } })).toBe(false);
    expect(trustOnlySlots({ command: '\\htmlData', attributes: { 'data-onclick': 'x' } })).toBe(
      false,
    );
    expect(
      trustOnlySlots({ command: '\\htmlData', attributes: { 'data-quantity': '"><img>' } }),
    ).toBe(false);
  });

  it('keeps KaTeX from rendering anything else as HTML', () => {
    const root = dom(
      renderTex('\\href{javascript:alert(1)}{x}\\htmlStyle{color:red}{y}\\htmlData{on=1}{z}'),
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('[style*="red"]')).toBeNull();
    expect(root.querySelector('[data-on]')).toBeNull();
  });
});
