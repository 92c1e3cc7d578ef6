/**
 * TeX with number slots. The "numbers in place" line of a formula is rendered by
 * KaTeX once per structure; each number sits in a \htmlData span carrying
 * data-live and data-quantity (or data-param), which live-values.ts then patches
 * in place on every change, so a drag never re-renders the formula.
 */
import { fillTemplate, texOperand } from '../engine/template';

export type SlotKind = 'quantity' | 'param';

/** The data attributes a slot may carry, and nothing else. */
const SLOT_KEYS = new Set(['data-live', 'data-quantity', 'data-param', 'data-format']);
const SAFE_VALUE = /^[A-Za-z0-9_]*$/;

/**
 * A slot for one number: KaTeX draws `value` now, live-values.ts rewrites it
 * later. The outer braces matter: KaTeX puts the space before a following
 * operator (· +) inside the last span of the group; without its own group the
 * slot would hold that space, and the first patch would erase it.
 */
export function slot(kind: SlotKind, id: string, value: number): string {
  return `{\\htmlData{live=,${kind}=${id},format=operand}{${texOperand(value)}}}`;
}

export interface SlotSource {
  /** whether `id` is a trace quantity (else a parameter) */
  readonly isQuantity: (id: string) => boolean;
  readonly value: (id: string) => number;
}

/** The template with every @[id] mark as a slot holding the current number. */
export function slotTex(template: string, source: SlotSource): string {
  return fillTemplate(template, (id) =>
    slot(source.isQuantity(id) ? 'quantity' : 'param', id, source.value(id)),
  );
}

/** What KaTeX's trust callback is told about an \htmlData (and other HTML) commands. */
export interface TrustContext {
  readonly command: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/**
 * KaTeX `trust`: only our slots. Every other HTML-producing command (\href,
 * \includegraphics, \htmlId, \htmlStyle, other data keys) stays untrusted.
 */
export function trustOnlySlots(context: TrustContext): boolean {
  if (context.command !== '\\htmlData' || !context.attributes) return false;
  return Object.entries(context.attributes).every(
    ([key, value]) => SLOT_KEYS.has(key) && SAFE_VALUE.test(value),
  );
}
