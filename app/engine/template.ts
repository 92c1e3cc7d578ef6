/**
 * Formula templates: TeX with the quantities it uses marked as @[id]. One
 * template gives the symbolic formula (each mark drawn as its symbol), the
 * substituted one (each mark drawn as its number) and, in the explorer, TeX with
 * a slot per number that can be patched in place.
 */
import { formatTexNumber } from './format';

/** Whether the character at `at` may stand in an id: A–Z, a–z, 0–9, _. */
function idChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 // _
  );
}

/**
 * Calls `onMark(start, end, id)` for each mark @[id] in order, `end` just past
 * its ']'. A scan, not a regular expression: a callback replace and its match
 * objects cost more than the rest of filling a template.
 */
function eachMark(template: string, onMark: (start: number, end: number, id: string) => void) {
  let at = template.indexOf('@[');
  while (at !== -1) {
    let end = at + 2;
    // (Past the end, charCodeAt is NaN: no id character.)
    while (idChar(template, end)) end++;
    if (end > at + 2 && template.charCodeAt(end) === 93 /* ] */) {
      onMark(at, end + 1, template.slice(at + 2, end));
      at = template.indexOf('@[', end);
    } else {
      at = template.indexOf('@[', at + 1);
    }
  }
}

/** The mark for quantity or parameter `id` inside a template. */
export const ref = (id: string) => `@[${id}]`;

/** The ids a template refers to, in order of first use. */
export function templateRefs(template: string): string[] {
  const ids: string[] = [];
  eachMark(template, (_start, _end, id) => {
    if (!ids.includes(id)) ids.push(id);
  });
  return ids;
}

/** Fills every mark with `draw(id)`. */
export function fillTemplate(template: string, draw: (id: string) => string): string {
  let filled = '';
  let from = 0;
  eachMark(template, (start, end, id) => {
    filled += template.slice(from, start) + draw(id);
    from = end;
  });
  return filled + template.slice(from);
}

/**
 * A number as it stands inside a formula: negatives and powers of ten in
 * parentheses, so 0.4 \cdot (-0.0226) and e^{-(-1.2)} read right.
 */
export function texOperand(value: number, digits?: number): string {
  const text = formatTexNumber(value, digits);
  return value < 0 || text.includes('\\times') ? `\\left(${text}\\right)` : text;
}
