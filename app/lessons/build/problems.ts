/**
 * A lesson problem always names the file and the line, so a teacher can go
 * straight to it: `content/03-forward-pass/lesson.md:42: focus "net_h3" is …`.
 */
export interface LessonProblem {
  /** the file, relative to the project root, with forward slashes */
  readonly file: string;
  /** 1-based line in that file */
  readonly line: number;
  readonly message: string;
}

export const formatProblem = (p: LessonProblem) => `${p.file}:${p.line}: ${p.message}`;

/** Every problem on its own line, in file and line order. */
export function formatProblems(problems: readonly LessonProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(formatProblem)
    .join('\n');
}

/** Collects problems for one file. */
export class ProblemList {
  readonly problems: LessonProblem[] = [];
  constructor(readonly file: string) {}
  add(line: number, message: string): void {
    this.problems.push({ file: this.file, line: Math.max(1, line), message });
  }
}

/** "a, b or c" for messages that list what is allowed. */
export function choices(values: readonly (string | number)[], quote = true): string {
  const shown = values.map((v) => (quote && typeof v === 'string' ? `"${v}"` : String(v)));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** How a value looks in a message: strings quoted, others as YAML would show them. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** " (did you mean "w5"?)" when `word` is one or two edits from a known one. */
export function suggestion(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` (did you mean "${best}"?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}
