/**
 * Lighthouse audits of the built app: the explorer, a lesson and the embed,
 * with the desktop preset and the default (mobile: slow 4G, 4× slower CPU),
 * each a few times (Lighthouse is noisy on a small, shared machine: the table
 * takes the median score). Every run gets its own headless Chromium.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { LIGHTHOUSE_BUDGETS } from './budgets';
import { median } from './measure';
import { formatScore, type Row } from './report-table';

/** The pages audited, by name: path and query under the served build. */
export const LIGHTHOUSE_PAGES = [
  ['explorer', '/'],
  ['lesson 1', '/?lesson=chain-rule'],
  ['embed', '/embed.html'],
] as const;

export type FormFactor = keyof typeof LIGHTHOUSE_BUDGETS;
const FORM_FACTORS: readonly FormFactor[] = ['desktop', 'mobile'];
type Category = keyof (typeof LIGHTHOUSE_BUDGETS)['desktop'];
const CATEGORIES: readonly Category[] = ['performance', 'accessibility', 'best-practices'];

/** One audit's category scores (0 … 1; NaN when Lighthouse gave none) and what failed. */
export interface AuditResult {
  readonly scores: Readonly<Record<Category, number>>;
  /** titles of the failed audits in the accessibility and best-practices categories */
  readonly failed: readonly string[];
  /** FCP, LCP, TBT, CLS, speed index as Lighthouse shows them */
  readonly metrics: string;
}

export interface LighthouseOptions {
  readonly chromePath: string;
  readonly runs: number;
  readonly log: (message: string) => void;
}

/** The figures behind the performance score, for the log. */
const PERF_METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** The first elements an audit names (its details' node selectors), for the log. */
function where(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items;
  const selectors = (items ?? []).flatMap((item) => item.node?.selector ?? []).slice(0, 3);
  return selectors.length ? ` (${selectors.join(', ')})` : '';
}

async function audit(url: string, formFactor: FormFactor, chromePath: string) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const flags = {
      port: chrome.port,
      output: 'json' as const,
      logLevel: 'error' as const,
      onlyCategories: [...CATEGORIES],
    };
    const result = await lighthouse(
      url,
      flags,
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, categories[c]?.score ?? NaN]),
    ) as Record<Category, number>;
    const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      (categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${audits[ref.id]?.title ?? ref.id}${where(audits[ref.id]?.details)}`),
    );
    const metrics = PERF_METRICS.map((id) => `${id} ${audits[id]?.displayValue ?? '?'}`).join(', ');
    return { scores, failed, metrics };
  } finally {
    await chrome.kill();
  }
}

/** Audits every page in every form factor `runs` times; one row per page, form factor and category. */
export async function lighthouseRows(base: string, options: LighthouseOptions): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, path] of LIGHTHOUSE_PAGES) {
    for (const formFactor of FORM_FACTORS) {
      const results: AuditResult[] = [];
      for (let k = 1; k <= options.runs; k++) {
        try {
          results.push(await audit(base + path, formFactor, options.chromePath));
          const scores = results.at(-1)!.scores;
          options.log(
            `  lighthouse ${name} ${formFactor} ${k}/${options.runs}: ` +
              CATEGORIES.map((c) => `${c} ${formatScore(scores[c])}`).join(', ') +
              ` (${results.at(-1)!.metrics})`,
          );
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          options.log(`  lighthouse ${name} ${formFactor} ${k}/${options.runs} failed: ${message}`);
        }
      }
      const failed = [...new Set(results.flatMap((r) => r.failed))];
      if (failed.length)
        options.log(`    ${name} ${formFactor} failed audits: ${failed.join('; ')}`);
      for (const category of CATEGORIES) {
        rows.push({
          metric: `Lighthouse ${name}, ${formFactor}: ${category}`,
          budget: LIGHTHOUSE_BUDGETS[formFactor][category],
          measured: median(results.map((r) => r.scores[category]).filter(Number.isFinite)),
          format: formatScore,
        });
      }
    }
  }
  return rows;
}
