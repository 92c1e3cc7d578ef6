/**
 * Fits each value label's box on the diagram to its text, centred where the
 * layout reserved room for the widest value: "w5 0.4" gets a snug box, not one
 * sized for "w5 −0.1235".
 *
 * Measuring the text (getComputedTextLength) right after the live numbers were
 * written forces a synchronous layout of the whole page, every frame of a drag
 * or a training run: on a slow laptop that alone made frames miss. So a label's
 * width is measured once per text it has not shown before, and otherwise
 * computed: the label's fixed part (its name and gap) plus the widths of the
 * value's characters, each measured once (the digits are tabular, so a value's
 * width is the sum of its characters').
 */
import { METRICS } from './metrics';

/** The smallest box, so that a one-digit value still has a comfortable target. */
const MIN_WIDTH = 36;
/** Characters measured together, for a width finer than a pixel. */
const PROBE_REPEAT = 8;

interface LabelParts {
  readonly rect: SVGRectElement;
  readonly text: SVGTextElement;
  /** the live number; the rest of the text (the name) does not change */
  readonly value: SVGTextContentElement | null;
}

export interface LabelFitter {
  /** Resizes the boxes whose text changed since the last fit (all on the first). */
  fit(): void;
  /** Forgets every measurement (fonts loaded, digits or structure changed). */
  reset(): void;
}

export function createLabelFitter(root: ParentNode): LabelFitter {
  /** width of one character of a value, by character */
  const charWidths = new Map<string, number>();
  /** width of a label's text apart from its value */
  const fixedWidths = new WeakMap<Element, number>();
  /** the text each label was last fitted to */
  const fitted = new WeakMap<Element, string>();

  const parts = (label: Element): LabelParts | null => {
    const rect = label.querySelector('rect');
    const text = label.querySelector('text');
    if (!rect || !text) return null;
    return { rect, text, value: text.querySelector<SVGTSpanElement>('[data-live]') };
  };

  /** The characters of `value` not measured yet, measured in `sample`'s font. */
  const learn = (chars: Iterable<string>, sample: SVGTextContentElement) => {
    const probe = sample.cloneNode(false) as SVGTextContentElement;
    probe.removeAttribute('data-live');
    probe.removeAttribute('dx');
    const host = sample.parentNode;
    if (!host) return;
    host.appendChild(probe);
    for (const char of chars) {
      probe.textContent = char.repeat(PROBE_REPEAT);
      charWidths.set(char, probe.getComputedTextLength() / PROBE_REPEAT);
    }
    probe.remove();
  };

  const valueWidth = (text: string): number | undefined => {
    let width = 0;
    for (const char of text) {
      const w = charWidths.get(char);
      if (w === undefined) return undefined;
      width += w;
    }
    return width;
  };

  const fit = () => {
    // Measure (if need be) every label first, then resize: a write between two
    // measurements would force a fresh layout for each label.
    const fits: { rect: SVGRectElement; x: string; width: string }[] = [];
    for (const label of root.querySelectorAll<SVGGElement>('[data-param-label]')) {
      const found = parts(label);
      if (!found) continue;
      const { rect, text, value } = found;
      const content = text.textContent ?? '';
      if (fitted.get(label) === content) continue;
      fitted.set(label, content);
      const shown = value?.textContent ?? '';
      let length: number | undefined;
      const fixed = fixedWidths.get(label);
      if (value && fixed !== undefined) {
        const unknown = new Set([...shown].filter((c) => !charWidths.has(c)));
        if (unknown.size > 0) learn(unknown, value);
        const computed = valueWidth(shown);
        if (computed !== undefined) length = fixed + computed;
      }
      if (length === undefined) {
        // First sight of this label: measure it, and learn its fixed part.
        length = text.getComputedTextLength();
        if (value) {
          learn(new Set([...shown].filter((c) => !charWidths.has(c))), value);
          const computed = valueWidth(shown);
          if (computed !== undefined) fixedWidths.set(label, length - computed);
        }
      }
      const reserved = Number(rect.dataset.width);
      const centre = Number(rect.dataset.x) + reserved / 2;
      const width = Math.min(reserved, Math.max(MIN_WIDTH, length + 2 * METRICS.labelPadX));
      fits.push({ rect, x: (centre - width / 2).toFixed(1), width: width.toFixed(1) });
    }
    for (const { rect, x, width } of fits) {
      if (rect.getAttribute('x') !== x) rect.setAttribute('x', x);
      if (rect.getAttribute('width') !== width) rect.setAttribute('width', width);
    }
  };

  return {
    fit,
    reset() {
      charWidths.clear();
      // WeakMaps cannot be cleared: forget the per-label records by label.
      for (const label of root.querySelectorAll('[data-param-label]')) {
        fixedWidths.delete(label);
        fitted.delete(label);
      }
    },
  };
}
