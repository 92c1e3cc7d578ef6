// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabelFitter } from './label-fit';
import { METRICS } from './metrics';

/** Every character 10 units wide, the name's 12 (bold); counts the measurements. */
let measured = 0;
function textLength(this: SVGElement): number {
  measured++;
  let width = 0;
  for (const node of this.childNodes) {
    const bold = node instanceof Element && node.getAttribute('class') === 'name';
    width += (node.textContent ?? '').length * (bold ? 12 : 10);
  }
  return width;
}

function drawing(value: string): SVGSVGElement {
  document.body.innerHTML = `<svg><g data-param-label="w5">
    <rect data-x="0" data-width="200" x="0" width="200"></rect>
    <text><tspan class="name">w5</tspan><tspan data-live="" dx="7">${value}</tspan></text>
  </g></svg>`;
  return document.querySelector('svg')!;
}

const rect = (svg: SVGSVGElement) => svg.querySelector('rect')!;
const expected = (length: number) => (length + 2 * METRICS.labelPadX).toFixed(1);

describe('createLabelFitter', () => {
  beforeEach(() => {
    measured = 0;
    const proto = window.SVGElement.prototype as SVGElement & { getComputedTextLength?: unknown };
    proto.getComputedTextLength = textLength;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    delete (window.SVGElement.prototype as { getComputedTextLength?: unknown })
      .getComputedTextLength;
  });

  it('fits the box to the text, centred where the layout reserved room', () => {
    const svg = drawing('0.4');
    createLabelFitter(svg).fit();
    // "w5" bold (24) + "0.4" (30)
    expect(rect(svg).getAttribute('width')).toBe(expected(54));
    const width = Number(expected(54));
    expect(rect(svg).getAttribute('x')).toBe((100 - width / 2).toFixed(1));
  });

  it('computes later widths from the characters it learned, measuring no text again', () => {
    const svg = drawing('0.4');
    const fitter = createLabelFitter(svg);
    fitter.fit();
    const value = svg.querySelector('[data-live]')!;
    value.textContent = '0.404';
    const before = measured;
    fitter.fit();
    expect(measured).toBe(before);
    expect(rect(svg).getAttribute('width')).toBe(expected(24 + 50));
    // Characters not seen yet ('−', '5') are measured once each, then known.
    value.textContent = '−0.45';
    fitter.fit();
    expect(measured).toBe(before + 2);
    expect(rect(svg).getAttribute('width')).toBe(expected(24 + 50));
    value.textContent = '−0.5';
    fitter.fit();
    expect(measured).toBe(before + 2);
    expect(rect(svg).getAttribute('width')).toBe(expected(24 + 40));
  });

  it('leaves an unchanged label alone, and measures afresh after a reset', () => {
    const svg = drawing('0.4');
    const fitter = createLabelFitter(svg);
    fitter.fit();
    const before = measured;
    fitter.fit();
    expect(measured).toBe(before);
    fitter.reset();
    fitter.fit();
    expect(measured).toBeGreaterThan(before);
  });
});
