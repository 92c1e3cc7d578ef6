// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

// The helper is plain JavaScript served as is; host.d.ts gives its types.
const helper = '../../public/backprop-lab-embed.js';
const { mount } = (await import(/* @vite-ignore */ helper)) as typeof import('./host');

const ORIGIN = 'https://widget.example';

function setUp() {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const sent: { data: unknown; target: string }[] = [];
  iframe.contentWindow!.postMessage = ((data: unknown, target: string) =>
    sent.push({ data, target })) as Window['postMessage'];
  const widget = mount(iframe, { origin: `${ORIGIN}/embed.html` });
  const receive = (data: unknown, origin = ORIGIN, source: Window | null = iframe.contentWindow) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  return { iframe, sent, widget, receive };
}

afterEach(() => document.body.replaceChildren());

describe('host helper', () => {
  it('wraps the requests in the envelope and sends them to the widget origin only', () => {
    const { sent, widget } = setUp();
    widget.setParams({ params: { w5: 0.3 } });
    widget.goToStep('dE_dw5');
    widget.getState();
    widget.reset();
    widget.setFormula('a*b', { a: 3 });
    expect(sent.map((s) => s.target)).toEqual([ORIGIN, ORIGIN, ORIGIN, ORIGIN, ORIGIN]);
    expect(sent.map((s) => s.data)).toEqual([
      { source: 'backprop-lab', v: 1, type: 'setParams', params: { w5: 0.3 } },
      { source: 'backprop-lab', v: 1, type: 'goToStep', id: 'dE_dw5' },
      { source: 'backprop-lab', v: 1, type: 'getState' },
      { source: 'backprop-lab', v: 1, type: 'reset' },
      { source: 'backprop-lab', v: 1, type: 'setFormula', formula: 'a*b', values: { a: 3 } },
    ]);
  });

  it('sizes the iframe and calls handlers only for its own widget', () => {
    const { iframe, widget, receive } = setUp();
    const states: unknown[] = [];
    const off = widget.on('state', (message) => states.push(message.step));
    receive({ source: 'backprop-lab', v: 1, type: 'resize', height: 512.3 });
    expect(iframe.style.height).toBe('513px');
    receive({ source: 'backprop-lab', v: 1, type: 'state', step: 'net_h1' });
    receive({ source: 'backprop-lab', v: 1, type: 'state', step: 'x' }, 'https://evil.example');
    receive({ source: 'backprop-lab', v: 1, type: 'state', step: 'y' }, ORIGIN, window);
    receive({ source: 'other', v: 1, type: 'state', step: 'z' });
    receive({ source: 'backprop-lab', v: 1, type: 'resize', height: -5 });
    expect(states).toEqual(['net_h1']);
    expect(iframe.style.height).toBe('513px');
    off();
    receive({ source: 'backprop-lab', v: 1, type: 'state', step: 'after' });
    expect(states).toEqual(['net_h1']);
    widget.destroy();
  });
});
