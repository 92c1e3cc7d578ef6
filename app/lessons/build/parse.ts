/**
 * Splits a lesson file into its parts, keeping file line numbers: the front
 * matter (YAML between `---` lines at the very top), then steps, each a
 * ```step block of YAML metadata followed by its Markdown prose.
 */
import type { Nodes, RootContent } from 'mdast';
import { parseMarkdown } from './markdown';
import type { ProblemList } from './problems';
import { parseYamlBlock, type YamlBlock } from './yaml-block';

export interface RawStep {
  /** the step's metadata */
  readonly yaml: YamlBlock;
  /** the line of the opening ```step fence */
  readonly line: number;
  /** the Markdown nodes of the step's prose (positions are file positions) */
  readonly prose: readonly RootContent[];
}

export interface ParsedLesson {
  /** the file's text, line ends normalised and the front matter blanked: prose positions refer to it */
  readonly text: string;
  /** undefined when the file has no readable front matter */
  readonly frontMatter: YamlBlock | undefined;
  readonly steps: readonly RawStep[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Parses a lesson's text; every problem found goes to `problems` with its line. */
export function parseLesson(source: string, problems: ProblemList): ParsedLesson {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let bodyStart = 0;
  let frontMatter: YamlBlock | undefined;
  if (lines[0]?.trimEnd() !== '---') {
    problems.add(
      1,
      'a lesson begins with its front matter: a line "---", the fields title, summary, order, minutes and prerequisites, and another "---"',
    );
  } else {
    const close = lines.findIndex((line, k) => k > 0 && line.trimEnd() === '---');
    if (close < 0) {
      problems.add(1, 'the front matter opened here is never closed: end it with a line "---"');
      return { text, frontMatter, steps: [] };
    }
    frontMatter = parseYamlBlock(lines.slice(1, close).join('\n'), 2, problems);
    bodyStart = close + 1;
  }
  // Blank the front matter out rather than cut it, so Markdown positions stay file positions.
  const body = lines.map((line, k) => (k < bodyStart ? '' : line)).join('\n');
  const nodes = parseMarkdown(body).children;
  const steps: { yaml: YamlBlock; line: number; prose: RootContent[] }[] = [];
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'code' && node.lang === 'step') {
      const endLine = node.position?.end.line ?? line;
      if (node.meta) {
        problems.add(line, `write the opening fence as just \`\`\`step, without "${node.meta}"`);
      }
      if (endLine === line || !FENCE.test(lines[endLine - 1] ?? '')) {
        problems.add(line, 'the ```step block opened here is never closed: end it with a line ```');
      }
      steps.push({ yaml: parseYamlBlock(node.value, line + 1, problems), line, prose: [] });
      continue;
    }
    findNestedSteps(node, problems);
    const current = steps[steps.length - 1];
    if (current) current.prose.push(node);
    else {
      problems.add(
        line,
        'only blank lines may stand between the front matter and the first ```step block; start a step before this text',
      );
    }
  }
  if (steps.length === 0 && frontMatter) {
    problems.add(
      bodyStart + 1,
      'a lesson needs at least one step: a ```step block after the front matter',
    );
  }
  return { text: body, frontMatter, steps };
}

function findNestedSteps(node: Nodes, problems: ProblemList): void {
  if (node.type === 'code' && node.lang === 'step') {
    problems.add(
      node.position?.start.line ?? 1,
      'a ```step block must start at the left margin, outside lists and quotes',
    );
  }
  if ('children' in node) for (const child of node.children) findNestedSteps(child, problems);
}
