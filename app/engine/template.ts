/**
 * Formula templates: TeX with the quantities it uses marked as @[id]. One
 * template gives the symbolic formula (each mark drawn as its symbol), the
 * substituted one (each mark drawn as its number) and, in the explorer, TeX with
 * a slot per number that can be patched in place.
 */
import { formatTexNumber } from './format';

const MARK = /@\[([A-Za-z0-9_]+)\]/g;

/** The mark for quantity or parameter `id` inside a template. */
export const ref = (id: string) => `@[${id}]`;

/** The ids a template refers to, in order of first use. */
export function templateRefs(template: string): string[] {
  const ids: string[] = [];
  for (const match of template.matchAll(MARK)) {
    const id = match[1]!;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** Fills every mark with `draw(id)`. */
export function fillTemplate(template: string, draw: (id: string) => string): string {
  return template.replace(MARK, (_, id: string) => draw(id));
}

/**
 * A number as it stands inside a formula: negatives and powers of ten in
 * parentheses, so 0.4 \cdot (-0.0226) and e^{-(-1.2)} read right.
 */
export function texOperand(value: number, digits?: number): string {
  const text = formatTexNumber(value, digits);
  return value < 0 || text.includes('\\times') ? `\\left(${text}\\right)` : text;
}
