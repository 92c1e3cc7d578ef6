/**
 * The network's picture as a file that looks right on its own (a slide, a
 * handout): the graph's SVG cloned with its computed styles written inline,
 * since the page's style sheets and CSS variables do not travel with it; and a
 * PNG drawn from that SVG at twice the size, for sharp slides.
 */

/** The graph's SVG, whichever component draws it. */
export const GRAPH_SVG_SELECTOR = 'svg[data-graph-svg]';

/** Properties that decide how SVG content looks; the rest are the browser's defaults anyway. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'color',
] as const;

/** Values SVG takes anyway when a property is left out: writing them only fattens the file. */
const DEFAULTS: Readonly<Record<string, string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  opacity: '1',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'paint-order': 'normal',
  visibility: 'visible',
  display: 'inline',
};

export interface SvgSnapshot {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

/** Serialises an SVG on the page with its look inlined and a background filled in. */
export function snapshotSvg(svg: SVGSVGElement, win: Window = window): SvgSnapshot {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const computed = win.getComputedStyle(original);
    const inline = STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p)] as const)
      .filter(([p, value]) => value !== '' && DEFAULTS[p] !== value)
      .map(([p, value]) => `${p}:${value}`)
      .join(';');
    copy.setAttribute('style', inline);
    // Live-value bookkeeping and event hooks mean nothing in a file.
    for (const name of [...copy.getAttributeNames()]) {
      if (name.startsWith('data-') || name.startsWith('on')) copy.removeAttribute(name);
    }
  });
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = backgroundOf(svg, win);
  const rect = win.document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  const [x = '0', y = '0', w = String(width), h = String(height)] = (
    clone.getAttribute('viewBox') ?? ''
  ).split(/[\s,]+/);
  for (const [key, value] of Object.entries({ x, y, width: w, height: h, fill: background })) {
    rect.setAttribute(key, value);
  }
  clone.insertBefore(rect, clone.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
  return { text, width, height };
}

/** The first opaque background behind the element, so a dark theme's picture stays readable. */
function backgroundOf(element: Element, win: Window): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = win.getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** Draws the snapshot on a canvas at `scale` and encodes it as PNG. */
export async function snapshotPng(snapshot: SvgSnapshot, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([snapshot.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(snapshot.width * scale);
    canvas.height = Math.round(snapshot.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the picture (no canvas).');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, snapshot.width, snapshot.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
