/**
 * The benchmark's one table: metric | budget | measured | pass. Budgets are
 * checked here so that the rule ("below", "at most") is written once, next to
 * its symbol in the table.
 */

export type Comparison = '<' | '≤' | '≥';

export interface Budget {
  readonly comparison: Comparison;
  readonly limit: number;
}

export interface Row {
  readonly metric: string;
  /** undefined: the figure is reported, not judged */
  readonly budget?: Budget;
  /** NaN when it could not be measured */
  readonly measured: number;
  /** how to write a figure of this metric (its budget too) */
  readonly format: (value: number) => string;
}

export const below = (limit: number): Budget => ({ comparison: '<', limit });
export const atMost = (limit: number): Budget => ({ comparison: '≤', limit });
export const atLeast = (limit: number): Budget => ({ comparison: '≥', limit });

/** 'yes', 'NO', '—' (no budget), or '?' (not measured). */
export function verdict(measured: number, budget: Budget | undefined): string {
  if (budget === undefined) return '—';
  if (!Number.isFinite(measured)) return '?';
  const held =
    budget.comparison === '<'
      ? measured < budget.limit
      : budget.comparison === '≤'
        ? measured <= budget.limit
        : measured >= budget.limit;
  return held ? 'yes' : 'NO';
}

export function rowCells(row: Row): string[] {
  const budget = row.budget ? `${row.budget.comparison} ${row.format(row.budget.limit)}` : '—';
  const measured = Number.isFinite(row.measured) ? row.format(row.measured) : 'n/a';
  return [row.metric, budget, measured, verdict(row.measured, row.budget)];
}

/** A Markdown table, columns padded to their widest cell (so it reads in a terminal too). */
export function formatTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
): string {
  const rows = [header, ...body];
  const widths = header.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  const line = (r: readonly string[]) =>
    `| ${widths.map((w, col) => (r[col] ?? '').padEnd(w)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

export const budgetTable = (rows: readonly Row[]): string =>
  formatTable(['metric', 'budget', 'measured', 'pass'], rows.map(rowCells));

export const formatMs = (value: number): string =>
  `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
export const formatKb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const formatCount = (value: number): string => String(Math.round(value));
export const formatScore = (value: number): string => value.toFixed(2);
export const formatFps = (value: number): string => `${value.toFixed(1)} fps`;
