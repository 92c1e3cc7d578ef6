// Backprop Lab embed helper: a plain ES module, no build step. Drives one widget iframe
// through the postMessage protocol (version 1; see the README, "Embedding").
// Types for TypeScript users: app/embed/host.d.ts.

const SOURCE = 'backprop-lab';
const VERSION = 1;

/**
 * @param {HTMLIFrameElement} iframe the widget (src: <site>/embed.html?…)
 * @param {{ origin: string, autoSize?: boolean }} options origin: the widget's origin, e.g. "https://example.org"
 */
export function mount(iframe, options) {
  const origin = new URL(options.origin).origin;
  /** @type {Map<string, Set<(message: any) => void>>} */
  const handlers = new Map();
  const autoSize = options.autoSize !== false;

  /** @param {string} type @param {object} [body] */
  const send = (type, body = {}) => {
    iframe.contentWindow?.postMessage({ ...body, source: SOURCE, v: VERSION, type }, origin);
  };

  /** @param {MessageEvent} event */
  const onMessage = (event) => {
    // Only this iframe's window, from the widget's origin, in the protocol's envelope.
    if (event.source !== iframe.contentWindow || event.origin !== origin) return;
    const data = event.data;
    if (typeof data !== 'object' || data === null) return;
    if (data.source !== SOURCE || data.v !== VERSION || typeof data.type !== 'string') return;
    if (data.type === 'resize' && autoSize && Number.isFinite(data.height) && data.height >= 0) {
      iframe.style.height = `${Math.ceil(data.height)}px`;
    }
    for (const handler of handlers.get(data.type) ?? []) handler(data);
  };
  window.addEventListener('message', onMessage);

  return {
    /** @param {{ params?: Record<string, number | string>, settings?: Record<string, string> }} values */
    setParams: (values) => send('setParams', values),
    /** @param {string} id a step of the trace, e.g. "dE_dw5" (in the playground, "df_dx") */
    goToStep: (id) => send('goToStep', { id }),
    /**
     * The playground (embed.html?view=playground): a new formula, and optionally leaf values.
     * @param {string} formula e.g. "(x+y)*z"
     * @param {Record<string, number | string>} [values] e.g. { x: -2, y: 5, z: -4 }
     */
    setFormula: (formula, values) => send('setFormula', values ? { formula, values } : { formula }),
    getState: () => send('getState'),
    reset: () => send('reset'),
    /**
     * @param {'ready' | 'state' | 'resize'} type
     * @param {(message: any) => void} handler
     * @returns {() => void} removes the handler
     */
    on(type, handler) {
      const set = handlers.get(type) ?? new Set();
      set.add(handler);
      handlers.set(type, set);
      return () => set.delete(handler);
    },
    destroy() {
      window.removeEventListener('message', onMessage);
      handlers.clear();
    },
  };
}
