/**
 * YAML with file line numbers: the front matter and each ```step block are
 * parsed on their own, so every position is shifted by the line the block
 * starts on.
 */
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  Scalar,
  type Node,
} from 'yaml';
import type { ProblemList } from './problems';

export type YamlPath = readonly (string | number)[];

export interface YamlBlock {
  /** false when the YAML does not parse (its problems are reported already) */
  readonly ok: boolean;
  /** the plain data (null for an empty block) */
  readonly value: unknown;
  /** the file line of the key at `path` (or of the item, for a list index); else of its nearest parent */
  line(path: YamlPath): number;
  /** the file line where the text of the string at `path` begins (a block scalar begins below its key) */
  textLine(path: YamlPath): number;
  /**
   * The file line, within the string at `path`, of the first source line that
   * contains `snippet`: folding joins a string's lines, so its own positions cannot tell.
   */
  locate(path: YamlPath, snippet: string): number | undefined;
}

/** Parses `text`, whose first line is line `firstLine` of the file; YAML errors go to `problems`. */
export function parseYamlBlock(text: string, firstLine: number, problems: ProblemList): YamlBlock {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => firstLine + Math.max(1, counter.linePos(offset).line) - 1;
  for (const issue of [...doc.errors, ...doc.warnings]) {
    const message = issue.message.split('\n')[0] ?? issue.message;
    // TeX in double quotes is the usual way to meet this one.
    const advice = /escape/i.test(message)
      ? ' (inside "double quotes" a backslash starts an escape: write \\\\ for one, or put the text after >- on the next lines)'
      : '';
    problems.add(fileLine(issue.pos[0]), `the YAML does not parse: ${message}${advice}`);
  }
  const value: unknown = doc.errors.length > 0 ? undefined : doc.toJS();

  /** the key node and value node at `path`, or the deepest ones found on the way */
  const find = (path: YamlPath): { key: Node | null; value: Node | null } => {
    let key: Node | null = null;
    let node: unknown = doc.contents;
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isPair(item) && isScalar(item.key) && item.key.value === part,
        );
        if (!pair) break;
        key = isScalar(pair.key) ? pair.key : key;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number') {
        const item = node.items[part];
        if (!item) break;
        key = item as Node;
        node = item;
      } else break;
    }
    return { key, value: (node as Node | null) ?? null };
  };
  const start = (node: Node | null) => (node?.range ? fileLine(node.range[0]) : firstLine);
  const textLine = (path: YamlPath) => {
    const { key, value: node } = find(path);
    if (!node) return start(key);
    const block =
      isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED);
    return start(node) + (block ? 1 : 0);
  };

  return {
    ok: doc.errors.length === 0,
    value,
    line: (path) => {
      const { key, value: node } = find(path);
      return start(key ?? node);
    },
    textLine,
    locate: (path, snippet) => {
      const node = find(path).value;
      const needle = snippet.trim();
      if (!node?.range || needle === '') return undefined;
      const lines = text.slice(node.range[0], node.range[1]).split('\n');
      const index = lines.findIndex((line) => line.includes(needle));
      return index < 0 ? undefined : fileLine(node.range[0]) + index;
    },
  };
}
