// The demo host: no inline script, so it runs under a strict Content-Security-Policy.
import { mount } from './backprop-lab-embed.js';

const given = new URLSearchParams(location.search).get('widget');
const widgetOrigin = given ? new URL(given).origin : location.origin;

for (const section of document.querySelectorAll('[data-widget]')) {
  const iframe = section.querySelector('iframe');
  const out = section.querySelector('[data-out="E_total"]');
  const query = new URLSearchParams(iframe.dataset.query);
  query.set('parentOrigin', location.origin);
  // Two widgets on one page: each names its landmarks after itself, so they can be told apart.
  query.set('label', iframe.title);
  const widget = mount(iframe, { origin: widgetOrigin });
  widget.on('state', (message) => {
    const value = message.quantities.E_total;
    // textContent only: nothing a message carries is ever read as markup.
    out.textContent = `E_total: ${typeof value === 'number' ? value.toPrecision(9) : '–'}`;
  });
  const actions = {
    w5: () => widget.setParams({ params: { w5: 0.3 } }),
    step: () => widget.goToStep('dE_dw5'),
    reset: () => widget.reset(),
  };
  for (const button of section.querySelectorAll('[data-action]')) {
    button.addEventListener('click', () => actions[button.dataset.action]?.());
  }
  iframe.src = `${widgetOrigin}/embed.html?${query}`;
}
