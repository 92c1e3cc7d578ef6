/**
 * Citations at build time (see ../citation.ts): each `@[…]` in a step's prose,
 * prompt, hints or notes is read, computed on the step's network and written as
 * its number inside an element the page can rewrite: a span in text, a KaTeX
 * \htmlData slot in math (with its MathML copy marked too, so a screen reader
 * hears the same number). Anything wrong is a problem with its line.
 */
import katex from 'katex';
import { computeTrace, type Trace } from '../../engine/trace';
import {
  CITATION,
  CitationError,
  citationValue,
  namesIn,
  parseCitation,
  type Citation,
  type CitationBase,
} from '../citation';
import { citationMathml, citationTex, citationText } from '../citation-format';
import { printed, REFERENCE } from '../../reference/reference';
import { suggestion } from './problems';
import type { WidgetCite } from './widget-citations';

/** What a text's citations are read on, and what they must not give away. */
export interface CiteContext {
  readonly base: CitationBase;
  /** the quantity the step's check asks for: its text may not cite it */
  readonly secret?: string | undefined;
  readonly cache: Map<string, Trace>;
  /** the step's widget, when its numbers may be cited (the recurrent unit's) */
  readonly widget?: WidgetCite;
}

export interface ResolvedCitation {
  readonly citation: Citation;
  readonly value: number;
  /** for `@[article key]`: the figure as the article prints it, which never changes */
  readonly printed?: string;
  /** a number of the step's widget: it does not follow the practice numbers */
  readonly widget?: true;
}

/** `@[article E_total_after_10000_updates]`: a figure the article prints (app/reference/). */
const ARTICLE_FIGURE = /^\s*article\s+([A-Za-z0-9_]+)\s*$/;

function articleFigure(source: string): ResolvedCitation | undefined {
  const key = ARTICLE_FIGURE.exec(source)?.[1];
  if (key === undefined) return undefined;
  const tables = [
    REFERENCE.published,
    REFERENCE.publishedExplained.hiddenDeltasWithUpdatedOutputWeights,
  ];
  const table = tables.find((t) => key in t);
  if (!table) {
    const known = tables.flatMap((t) => Object.keys(t));
    throw new CitationError(
      `the article prints no figure "${key}"${suggestion(key, known)} (see app/reference/mazur-2-2-2.json)`,
    );
  }
  const text = printed(key, table);
  return { citation: parseCitation('0'), value: Number(text), printed: text };
}

/** The trace ids of the step's network (before any option changes its settings). */
const TRACE_IDS = (ctx: CiteContext) => {
  const trace = ctx.cache.get('base') ?? computeTrace(ctx.base.model);
  ctx.cache.set('base', trace);
  return trace.entries.map((e) => e.id);
};

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Reads and computes one citation; throws a CitationError (or the engine's) that says why not. */
export function resolveCitation(source: string, ctx: CiteContext): ResolvedCitation {
  const figure = articleFigure(source);
  if (figure) return figure;
  const citation = parseCitation(source);
  const names = namesIn(citation.expression);
  const known = [...Object.keys(ctx.base.model.params), ...TRACE_IDS(ctx)];
  // On a widget's step, a name the network does not have is the widget's (or its mistake).
  if (ctx.widget?.claims(citation) || (ctx.widget && names.some((id) => !known.includes(id)))) {
    const secret = ctx.secret;
    if (secret !== undefined && citation.overrides.length === 0 && names.includes(secret)) {
      throw new CitationError(
        `@[${source.trim()}] quotes ${secret}, the value this step's check asks for: the text would give the answer away`,
      );
    }
    return { citation, value: finite(ctx.widget.value(citation), citation), widget: true };
  }
  const unknown = names.find((id) => !known.includes(id));
  if (unknown !== undefined) {
    throw new CitationError(
      `"${unknown}" is not a quantity or parameter of this network${suggestion(unknown, known)}`,
    );
  }
  if (ctx.secret !== undefined && citation.overrides.length === 0 && citation.steps === undefined) {
    if (names.includes(ctx.secret)) {
      throw new CitationError(
        `@[${source.trim()}] quotes ${ctx.secret}, the value this step's check asks for: the text would give the answer away`,
      );
    }
  }
  return { citation, value: citationValue(citation, ctx.base, ctx.cache) };
}

const finite = (value: number, citation: Citation) => {
  if (!Number.isFinite(value)) {
    throw new CitationError(`"${citation.source.trim()}" is not a number here`);
  }
  return value;
};

/**
 * The attributes of a cited number's element: data-cite, which the page computes
 * again for practice numbers, or data-widget-cite, a widget's, which it keeps.
 */
const slotAttributes = ({ citation, value, widget }: ResolvedCitation) =>
  `${widget ? 'data-widget-cite' : 'data-cite'}="${escapeAttribute(citation.source.trim())}" data-value="${String(value)}"`;

/** A citation in running text. */
export function citationHtml(resolved: ResolvedCitation): string {
  if (resolved.printed !== undefined) return escapeText(resolved.printed);
  const text = citationText(resolved.value, resolved.citation.digits);
  return `<span class="cite" ${slotAttributes(resolved)}>${escapeText(text)}</span>`;
}

/** Splits `text` into plain pieces and citations (odd indices), as written. */
export function splitCitations(text: string): string[] {
  return text.split(new RegExp(CITATION.source));
}

/**
 * Renders TeX that holds citations: once as HTML with a slot per number, once as
 * MathML with the same slots, joined as KaTeX joins them. `resolve` gives each
 * citation's value or throws.
 */
export function renderCitedMath(
  tex: string,
  display: boolean,
  resolve: (source: string) => ResolvedCitation,
): string {
  const pieces = splitCitations(tex);
  const cited = pieces.filter((_, k) => k % 2 === 1).map(resolve);
  const join = (slot: (resolved: ResolvedCitation, k: number) => string) =>
    pieces
      .map((piece, k) => (k % 2 === 0 ? piece : slot(cited[(k - 1) / 2]!, (k - 1) / 2)))
      .join('');
  const options = { displayMode: display, throwOnError: true, strict: 'ignore' as const };
  const refused: string[] = [];
  const numberTex = (r: ResolvedCitation) =>
    `{${r.printed ?? citationTex(r.value, r.citation.digits)}}`;
  const html = katex
    .renderToString(
      join((r, k) => (r.printed ? numberTex(r) : `\\htmlData{cite=${k}}${numberTex(r)}`)),
      {
        ...options,
        output: 'html',
        // Only the slots are HTML: as elsewhere, lesson math may not ask for links or images.
        trust: (context) =>
          context.command === '\\htmlData' || (refused.push(context.command), false),
      },
    )
    // KaTeX writes the slot as <span class="enclosing" data-cite="k">: one class attribute, two classes.
    .replace(
      /class="enclosing" data-cite="(\d+)"/g,
      (_, k: string) => `class="enclosing cite" ${slotAttributes(cited[Number(k)]!)}`,
    );
  const mathml = katex
    .renderToString(
      join((r, k) => (r.printed ? numberTex(r) : `\\text{CITE${k}X}`)),
      { ...options, output: 'mathml' },
    )
    .replace(
      /<mtext>CITE(\d+)X<\/mtext>/g,
      (_, k: string) =>
        `<mrow ${slotAttributes(cited[Number(k)]!)}>${citationMathml(cited[Number(k)]!.value, cited[Number(k)]!.citation.digits)}</mrow>`,
    )
    .replace(
      /(<annotation encoding="application\/x-tex">)[\s\S]*?(<\/annotation>)/,
      (_, open: string, close: string) => `${open}${escapeText(join(numberTex))}${close}`,
    );
  if (refused.length > 0) {
    throw new CitationError(
      `${refused.join(', ')} is not allowed in lesson math (no links, images or HTML)`,
    );
  }
  const math = /<math[\s\S]*<\/math>/.exec(mathml)?.[0] ?? '';
  return html.replace(
    '<span class="katex">',
    `<span class="katex"><span class="katex-mathml">${math}</span>`,
  );
}

/** Whether a TeX or Markdown text holds any citation. */
export const hasCitation = (text: string) => new RegExp(CITATION.source).test(text);
