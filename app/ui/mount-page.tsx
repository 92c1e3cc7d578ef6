import { StrictMode, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { seedPrerenderedTex } from '../formulas/prerendered-tex';
import { PRERENDERED_MARK } from './prerendered-marks';

/**
 * Start a page in its root element. The build put the page's default state there as
 * HTML (app/prerender/); when the address asks for that state, React takes the markup
 * over as it stands (hydration: nothing is drawn twice, nothing moves). Any other
 * state — a link with a query, a network of the learner's — is rendered afresh in
 * place of it.
 */
export function mountPage(
  container: HTMLElement,
  page: ReactNode,
  { asPrerendered }: { asPrerendered: boolean },
): Root {
  const element = <StrictMode>{page}</StrictMode>;
  const prerendered = container.firstElementChild !== null;
  // The build's mark, under which a page opened with a query keeps the markup hidden.
  container.removeAttribute(PRERENDERED_MARK);
  if (asPrerendered && prerendered && seedPrerenderedTex(container.ownerDocument)) {
    // At once, as the script runs (before the page's load event): until React has taken the
    // markup over, its fields and buttons are only drawn, and what is typed there is lost.
    let root: Root | undefined;
    flushSync(() => {
      root = hydrateRoot(container, element);
    });
    return root!;
  }
  container.replaceChildren();
  const root = createRoot(container);
  // At once, so that what runs next (the embed's `ready`) finds the page drawn.
  flushSync(() => root.render(element));
  return root;
}
