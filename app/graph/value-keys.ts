/**
 * What the diagram writes before each number, in either notation: the article's
 * net, out, ∂E/∂out, δ and E, or the course's z, a, da, dz and L. The screen
 * reader names (graph-names.ts) use the same words.
 */
import type { NotationId } from '../engine/notation';

export interface ValueKeys {
  readonly net: string;
  readonly out: string;
  readonly dE_dout: string;
  readonly delta: string;
  /** the error's letter: E_o1, E_total */
  readonly loss: string;
  /** the total error's subscript ('total'; none in the course notation) */
  readonly total: string;
}

const KEYS: Readonly<Record<NotationId, ValueKeys>> = {
  article: { net: 'net', out: 'out', dE_dout: '∂E/∂out', delta: 'δ', loss: 'E', total: 'total' },
  course: { net: 'z', out: 'a', dE_dout: 'da', delta: 'dz', loss: 'L', total: '' },
};

export function valueKeys(notation: NotationId): ValueKeys {
  return KEYS[notation];
}

/** Whether a key is too long to share a line with its value beside a node (a phone's drawing). */
export function wrapsBeside(key: string): boolean {
  return key.length > 3;
}
