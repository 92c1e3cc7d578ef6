/**
 * Keeps the numbers a step's text cites (see ../citation.ts) true to the step's
 * network: the build wrote the article's values; with practice numbers each is
 * computed again here, from the same engine, and rewritten in place — in the
 * prose, in its formulas (and their MathML copy), in the check's prompt and hints.
 */
import { useEffect, type RefObject } from 'react';
import type { Trace } from '../../engine/trace';
import { citationValue, parseCitation, type Citation, type CitationBase } from '../citation';
import { citationMathml, citationText } from '../citation-format';
import type { LessonStep } from '../schema';
import { stateModel } from '../step-state';

const MATHML = 'http://www.w3.org/1998/Math/MathML';
/** What a citation shows when the practice numbers give it no value. */
const NO_VALUE = '—';

function write(slot: Element, value: number | undefined, citation: Citation | undefined) {
  const exact = value === undefined ? '' : String(value);
  if (slot.getAttribute('data-value') === exact) return;
  slot.setAttribute('data-value', exact);
  const digits = citation?.digits ?? 9;
  if (slot.namespaceURI === MATHML) {
    slot.innerHTML =
      value === undefined ? `<mtext>${NO_VALUE}</mtext>` : citationMathml(value, digits);
  } else {
    // Inside a formula KaTeX keeps the space after the number in the slot: it stays.
    const spacing: Element[] = [];
    for (let child = slot.lastElementChild; child?.classList.contains('mspace');) {
      spacing.unshift(child);
      child = child.previousElementSibling;
    }
    slot.replaceChildren(value === undefined ? NO_VALUE : citationText(value, digits), ...spacing);
  }
}

/** Rewrites every citation under `root` for the step's network. */
export function patchCitations(root: ParentNode, base: CitationBase, cache: Map<string, Trace>) {
  for (const slot of root.querySelectorAll('[data-cite]')) {
    let citation: Citation | undefined;
    let value: number | undefined;
    try {
      citation = parseCitation(slot.getAttribute('data-cite') ?? '');
      value = citationValue(citation, base, cache);
    } catch {
      // The build checked every citation on the article's numbers; a practice set can still
      // leave one without a value (a nudge past a limit): it says so rather than show a number.
      value = undefined;
    }
    write(slot, value, citation);
  }
}

export function useCitations(
  root: RefObject<HTMLElement | null>,
  step: Pick<LessonStep, 'state' | 'train'>,
  seed: number | null,
): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const base: CitationBase = { model: stateModel(step, seed), steps: step.train ?? 0 };
    const cache = new Map<string, Trace>();
    const patch = () => patchCitations(element, base, cache);
    patch();
    // Hints and answers appear later, each with the article's numbers from the build.
    const observer = new MutationObserver(patch);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [root, step, seed]);
}
