/**
 * Markdown to HTML at build time: CommonMark + GFM tables + $math$, with the math
 * rendered by KaTeX here, so the page receives finished markup and no KaTeX
 * JavaScript. Raw HTML is refused (and would be dropped: remark-rehype runs
 * without allowDangerousHtml), so the only HTML is what Markdown and KaTeX make.
 */
import katex from 'katex';
import type { Nodes, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { CitationError } from '../citation';
import {
  citationHtml,
  hasCitation,
  renderCitedMath,
  resolveCitation,
  splitCitations,
  type CiteContext,
} from './citations';
import type { ProblemList } from './problems';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();

/** KaTeX's markup for each math node, made while checking it. */
const renderedMath = new WeakMap<object, string>();
const mathHandler = (_state: unknown, node: object) => ({
  type: 'raw' as const,
  value: renderedMath.get(node) ?? '',
});

// Raw nodes reach the output only from mathHandler: Markdown's own HTML is
// dropped by remark-rehype before rehype-stringify sees the tree.
/** A citation in running text, already rendered (see expandCitations). */
interface CitationNode {
  readonly type: 'citation';
  readonly html: string;
}
const citationHandler = (_state: unknown, node: CitationNode) => ({
  type: 'raw' as const,
  value: node.html,
});

const toHtml = unified()
  .use(remarkRehype, {
    handlers: { math: mathHandler, inlineMath: mathHandler, citation: citationHandler } as never,
  })
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Parses Markdown to its syntax tree (positions are 1-based lines of `text`). */
export function parseMarkdown(text: string): Root {
  return parser.parse(text);
}

/** Where a Markdown text sits: its source (to see `$$` delimiters) and its first line in the file. */
export interface MarkdownSource {
  readonly text: string;
  /** the file line of the text's line 1 */
  readonly firstLine: number;
  /** for text folded from several source lines (YAML): the file line that holds `snippet` */
  readonly locate?: (snippet: string) => number | undefined;
}

/**
 * Checks and renders top-level Markdown nodes parsed from `source`. Problems
 * (math that does not parse, raw HTML, remote images …) go to `problems` with
 * their file line.
 */
export function renderNodes(
  nodes: readonly RootContent[],
  source: MarkdownSource,
  problems: ProblemList,
  cite?: CiteContext,
): string {
  const root: Root = { type: 'root', children: [...nodes] };
  expandCitations(root, source, problems, cite);
  const definitions = new Map<string, string>();
  walk(root, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
  });
  walk(root, (node) => inspect(node, source, definitions, problems, cite));
  return toHtml.stringify(toHtml.runSync(root)).trim();
}

/** Parses, checks and renders a Markdown text (a prompt, a hint, a note). */
export function renderMarkdown(
  source: MarkdownSource,
  problems: ProblemList,
  cite?: CiteContext,
): string {
  return renderNodes(parseMarkdown(source.text).children, source, problems, cite);
}

/** Why a citation could not be used, as a problem's message. */
function citationProblem(error: unknown): string {
  if (error instanceof katex.ParseError) return `the math does not render: ${error.rawMessage}`;
  return error instanceof Error ? error.message : String(error);
}

/** The resolver of one text's citations: a citation outside a step is itself a problem. */
function resolverFor(cite: CiteContext | undefined) {
  return (source: string) => {
    if (!cite) throw new CitationError('a citation @[…] can only stand in a lesson step');
    return resolveCitation(source, cite);
  };
}

/** Turns each `@[…]` in running text into its number (math is done in inspect). */
function expandCitations(
  node: Nodes,
  source: MarkdownSource,
  problems: ProblemList,
  cite: CiteContext | undefined,
): void {
  if (!('children' in node)) return;
  const resolve = resolverFor(cite);
  const children: Nodes[] = [];
  for (const child of node.children as Nodes[]) {
    if (child.type !== 'text' || !hasCitation(child.value)) {
      expandCitations(child, source, problems, cite);
      children.push(child);
      continue;
    }
    splitCitations(child.value).forEach((piece, k) => {
      if (k % 2 === 0) {
        if (piece !== '') children.push({ type: 'text', value: piece });
        return;
      }
      try {
        children.push({ type: 'citation', html: citationHtml(resolve(piece)) } as never);
      } catch (error) {
        problems.add(lineOf(child, source), `@[${piece}]: ${citationProblem(error)}`);
        children.push({ type: 'text', value: `@[${piece}]` });
      }
    });
  }
  (node as { children: Nodes[] }).children = children;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

// Links may leave the app (the learner chooses to follow them); these schemes only.
const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*:)/i.exec(url.trim())?.[1]?.toLowerCase();

function linkProblem(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme === undefined || LINK_SCHEMES.includes(scheme)) return undefined;
  return `the link "${clip(url)}" uses ${scheme}, which a lesson may not; links may be relative or start with ${LINK_SCHEMES.join(' ')}`;
}

function imageProblem(url: string): string | undefined {
  const trimmed = url.trim();
  if (schemeOf(trimmed) === undefined && !/^[/\\]{2}/.test(trimmed)) return undefined;
  return `the image "${clip(trimmed)}" is not a relative URL; a lesson loads nothing from other sites: put the file under public/ and write a relative path such as "lessons/figure.svg"`;
}

function inspect(
  node: Nodes,
  source: MarkdownSource,
  definitions: ReadonlyMap<string, string>,
  problems: ProblemList,
  cite: CiteContext | undefined,
): void {
  const report = (message: string | undefined) => {
    if (message) problems.add(lineOf(node, source), message);
  };
  switch (node.type) {
    case 'math':
    case 'inlineMath': {
      const start = node.position?.start.offset;
      // `$$…$$` inside a paragraph is still display math, as authors expect.
      const display =
        node.type === 'math' || (start !== undefined && source.text.startsWith('$$', start));
      if (hasCitation(node.value)) {
        try {
          renderedMath.set(node, renderCitedMath(node.value, display, resolverFor(cite)));
        } catch (error) {
          report(`in the math ${clip(node.value)}: ${citationProblem(error)}`);
        }
        return;
      }
      try {
        renderedMath.set(node, renderMath(node.value, display));
      } catch (error) {
        const reason = error instanceof katex.ParseError ? error.rawMessage : errorText(error);
        report(`the math ${clip(node.value)} does not render: ${reason}`);
      }
      return;
    }
    case 'html':
      report(`raw HTML (${clip(node.value)}) is not allowed in a lesson; write it in Markdown`);
      return;
    case 'image':
      report(imageProblem(node.url));
      return;
    case 'link':
    case 'definition':
      report(linkProblem(node.url));
      return;
    case 'linkReference':
    case 'imageReference': {
      const url = definitions.get(node.identifier);
      const label = node.label ?? node.identifier;
      if (url === undefined) {
        report(`the reference [${label}] has no definition ([${label}]: url) in this step`);
      } else if (node.type === 'imageReference') report(imageProblem(url));
      return;
    }
    default:
  }
}

/** KaTeX markup for `tex`; throws on TeX that does not parse or asks for HTML features. */
export function renderMath(tex: string, display: boolean): string {
  const refused: string[] = [];
  const html = katex.renderToString(tex, {
    displayMode: display,
    throwOnError: true,
    // No \href, \url, \includegraphics, \htmlClass …: lesson math is only math.
    trust: (context) => {
      refused.push(context.command);
      return false;
    },
    // LaTeX-compatibility warnings would only be noise in the build log.
    strict: 'ignore',
    output: 'htmlAndMathml',
  });
  if (refused.length > 0) {
    throw new Error(
      `${refused.join(', ')} is not allowed in lesson math (no links, images or HTML)`,
    );
  }
  return html;
}

/** The file line of a node: from its position, or found in the source lines it was folded from. */
function lineOf(node: Nodes, source: MarkdownSource): number {
  const start = node.position?.start;
  const fallback = source.firstLine + (start?.line ?? 1) - 1;
  if (!source.locate || start?.offset === undefined) return fallback;
  const [firstLine = ''] = source.text.slice(start.offset, node.position?.end.offset).split('\n');
  return source.locate(firstLine.slice(0, 40)) ?? fallback;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const clip = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
};
