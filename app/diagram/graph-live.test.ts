// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { createAppStore } from '../store/app-store';
import { GRADIENT_WIDTHS, gradientWidthScale, patchGraph } from './graph-live';

function drawing(): SVGSVGElement {
  document.body.innerHTML = `<svg>
    <line data-grad-param="w5"></line>
    <line data-grad-param="w1"></line>
    <line data-grad-param="b1"></line>
  </svg>`;
  return document.querySelector('svg')!;
}

describe('gradientWidthScale', () => {
  it('widens with the magnitude, up to the largest', () => {
    const width = gradientWidthScale([0.08, -0.02, 0.0004]);
    expect(width(0)).toBe(GRADIENT_WIDTHS[0]);
    expect(width(0.08)).toBe(GRADIENT_WIDTHS[1]);
    expect(width(0.02)).toBeGreaterThan(width(0.0004));
    expect(width(1)).toBe(GRADIENT_WIDTHS[1]);
  });
  it('copes with all gradients zero', () => {
    expect(gradientWidthScale([0, 0])(0)).toBe(GRADIENT_WIDTHS[0]);
  });
});

describe('patchGraph', () => {
  it('leaves edges neutral until the backward pass reaches their gradient', () => {
    const svg = drawing();
    const store = createAppStore({ model: ARTICLE_MODEL, step: 'dE_dw5' });
    patchGraph(svg, store.getState());
    const w5 = svg.querySelector<SVGElement>('[data-grad-param="w5"]')!;
    const w1 = svg.querySelector<SVGElement>('[data-grad-param="w1"]')!;
    expect(w5.dataset.grad).toBe('pos');
    expect(w5.style.strokeWidth).not.toBe('');
    expect(w1.dataset.grad).toBeUndefined();
    expect(svg.hasAttribute('data-gradients-shown')).toBe(true);

    store.getState().goTo('net_h1');
    patchGraph(svg, store.getState());
    expect(w5.dataset.grad).toBeUndefined();
    expect(w5.style.strokeWidth).toBe('');
    expect(svg.hasAttribute('data-gradients-shown')).toBe(false);
  });

  it('marks a negative gradient (colour and dash come from the stylesheet)', () => {
    const svg = drawing();
    const store = createAppStore({
      model: { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, t1: 0.99 } },
      step: 'E_total_new',
    });
    patchGraph(svg, store.getState());
    const w5 = svg.querySelector<SVGElement>('[data-grad-param="w5"]')!;
    expect(store.getState().trace.quantities.dE_dw5).toBeLessThan(0);
    expect(w5.dataset.grad).toBe('neg');
  });
});
