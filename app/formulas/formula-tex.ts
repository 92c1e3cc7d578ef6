/**
 * The TeX the explorer asks KaTeX for, written in one place. The page and the
 * build both read these functions: the build renders every request the explorer
 * makes for the default network ahead of time (tex-catalog), so a first visit
 * downloads HTML instead of KaTeX. A request whose TeX differs by one character
 * simply misses the catalog and is drawn by KaTeX, loaded on demand.
 */
import type { TraceEntry, Trace } from '../engine/trace';
import type { Notation } from '../engine/notation';
import { slotTex } from './slot-tex';

export interface TexRequest {
  readonly tex: string;
  readonly display: boolean;
  /** 'html' where the text will be patched and a MathML copy would go stale */
  readonly output: 'html' | 'htmlAndMathml';
}

/** One string per distinct rendering: the catalog's key. */
export const texKey = ({ tex, display, output }: TexRequest): string =>
  `${output}|${display ? 'display' : 'inline'}|${tex}`;

/** An inline formula with MathML for screen readers: symbols, sheet and lesson math. */
export const inlineTex = (tex: string, display = false): TexRequest => ({
  tex,
  display,
  output: 'htmlAndMathml',
});

/** A formula that is one mark (∂net_o1/∂w5 = out_h1) would only repeat its value as numbers. */
const isSingleRef = (template: string) => /^@\[[A-Za-z0-9_]+\]$/.test(template);

/** The formula panel's symbolic line: symbol = chain-rule formula. */
export const symbolicLine = (entry: Pick<TraceEntry, 'symbol' | 'formula'>): TexRequest =>
  inlineTex(`\\displaystyle ${entry.symbol}=${entry.formula}`);

/**
 * The formula panel's "numbers in place" line, or null where it would say nothing
 * new. Its slots are drawn with 0: live-values.ts writes the real numbers into
 * them before the first paint, so the TeX (and the catalog key) depends on the
 * structure alone, never on a value.
 */
export function slottedLine(
  entry: Pick<TraceEntry, 'deps' | 'template'>,
  isQuantity: (id: string) => boolean,
): TexRequest | null {
  if (entry.deps.length === 0 || isSingleRef(entry.template)) return null;
  const numbers = slotTex(entry.template, { isQuantity, value: () => 0 });
  return { tex: `\\displaystyle =${numbers}`, display: false, output: 'html' };
}

/** A formula hidden from assistive technology, which reads a text name beside it instead. */
export const htmlOnlyTex = (tex: string, display = false): TexRequest => ({
  tex,
  display,
  output: 'html',
});

/** A factor button's symbol. */
export const factorSymbol = (symbol: string): TexRequest => htmlOnlyTex(`\\displaystyle ${symbol}`);

/**
 * Every request the explorer makes for one trace: the formula panel of each step,
 * its factor buttons, and the step previews of the timeline.
 */
export function explorerTexRequests(trace: Trace, notation: Notation): TexRequest[] {
  const isQuantity = (id: string) => id in trace.quantities;
  const byId = new Map(trace.entries.map((entry) => [entry.id, entry]));
  const requests: TexRequest[] = [];
  for (const entry of trace.entries) {
    requests.push(symbolicLine(entry), htmlOnlyTex(entry.symbol));
    const numbers = slottedLine(entry, isQuantity);
    if (numbers) requests.push(numbers);
    for (const id of entry.deps) {
      requests.push(factorSymbol(byId.get(id)?.symbol ?? notation.param(id)));
    }
  }
  return requests;
}
