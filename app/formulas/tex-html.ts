/**
 * HTML for a TeX request, from the cheapest source that has it: the catalog the
 * build rendered for the default network (a small data chunk), else KaTeX itself,
 * loaded the first time a formula the build did not foresee is needed (another
 * network, notation or a lesson's own math). Neither is in the first download.
 */
import { useEffect, useState } from 'react';
import { texKey, type TexRequest } from './formula-tex';

type Catalog = Readonly<Record<string, string>>;
type Renderer = (request: TexRequest) => string;

let catalog: Catalog | undefined;
// Formulas a prerendered page shipped with it: its first render draws them before the catalog loads.
let seeded: Record<string, string> = {};
// At build time, the formulas a prerender draws (recordTexUse).
let used: Record<string, string> | undefined;
let renderer: Renderer | undefined;
let catalogLoad: Promise<Catalog> | undefined;
let rendererLoad: Promise<Renderer> | undefined;

// A load that fails (the network dropped) is forgotten, so the next formula asks again.
const loadCatalog = () =>
  (catalogLoad ??= import('virtual:tex-catalog').then(
    (module) => (catalog = module.default),
    (error: unknown) => {
      catalogLoad = undefined;
      throw error;
    },
  ));

const loadRenderer = () =>
  (rendererLoad ??= import('./katex-runtime').then(
    (module) =>
      (renderer = ({ tex, display, output }) => module.renderTex(tex, { display, output })),
    (error: unknown) => {
      rendererLoad = undefined;
      throw error;
    },
  ));

/** The HTML now, if a source that has it is already loaded. */
export function texHtmlNow(request: TexRequest): string | undefined {
  const key = texKey(request);
  const html = seeded[key] ?? catalog?.[key] ?? renderer?.(request);
  if (used && html !== undefined) used[key] = html;
  return html;
}

/**
 * Formulas that came with the page's prerendered HTML: the client's first render
 * must draw them as the prerender did, before the catalog has loaded.
 */
export function seedTex(entries: Readonly<Record<string, string>>): void {
  seeded = { ...seeded, ...entries };
}

/** At build time: run a render and collect the formulas it drew, by key. */
export async function recordTexUse<T>(
  render: () => Promise<T>,
): Promise<[T, Record<string, string>]> {
  const drawn: Record<string, string> = {};
  used = drawn;
  try {
    return [await render(), drawn];
  } finally {
    used = undefined;
  }
}

/** The HTML, loading the catalog first and KaTeX only when the catalog lacks it. */
export async function texHtml(request: TexRequest): Promise<string> {
  const found = (await loadCatalog())[texKey(request)];
  return found ?? (await loadRenderer())(request);
}

/**
 * The HTML for a request, or null for the moment it takes to load. Renders
 * synchronously once loaded, so stepping through never flashes an empty formula.
 */
export function useTexHtml(request: TexRequest | null): string | null {
  const key = request ? texKey(request) : null;
  const now = request ? (texHtmlNow(request) ?? null) : null;
  const [loaded, setLoaded] = useState<{ key: string; html: string } | null>(null);
  useEffect(() => {
    if (!request || now !== null) return;
    let current = true;
    texHtml(request).then(
      (html) => {
        if (current) setLoaded({ key: texKey(request), html });
      },
      // Could not load: the formula stays a blank placeholder; the next change tries again.
      () => undefined,
    );
    return () => {
      current = false;
    };
    // The key stands for the request: a new object with the same TeX is the same request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, now]);
  if (now !== null) return now;
  return loaded?.key === key ? loaded.html : null;
}

/** For tests: resolve once both sources can answer synchronously, as on a settled page. */
export async function preloadTex(): Promise<void> {
  await Promise.all([loadCatalog(), loadRenderer()]);
}
