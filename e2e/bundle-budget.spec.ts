/**
 * Size budgets: what a first visit downloads before the page runs, per entry page
 * of the build (`npm test` builds before these specs; E2E_DIST names another
 * build folder). No browser: the build is read from disk, as the benchmark does.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SIZE_BUDGETS } from '../app/bench/budgets';
import { buildSizes, chunkSizes, type EntrySize } from '../app/bench/bundle-size';
import { formatKb, verdict } from '../app/bench/report-table';

const dist = resolve(process.env.E2E_DIST ?? 'dist');

/** The chunks of an entry, biggest first, for the failure message. */
function biggest(entry: EntrySize, count = 6): string {
  return chunkSizes(dist, entry.initialChunks)
    .slice(0, count)
    .map(({ path, gzip }) => `  ${formatKb(gzip).padStart(9)}  ${path}`)
    .join('\n');
}

test.describe('bundle size budgets', () => {
  test.skip(!existsSync(resolve(dist, 'index.html')), `no build in ${dist}`);
  const sizes = existsSync(resolve(dist, 'index.html')) ? buildSizes(dist) : [];

  for (const [entry, budget] of Object.entries(SIZE_BUDGETS)) {
    test(`${entry}: initial JavaScript and CSS within budget (gzip)`, () => {
      const size = sizes.find((s) => s.entry === entry);
      expect(size, `${entry} is missing from ${dist}`).toBeDefined();
      if (!size) return;
      const js = `initial JS ${formatKb(size.initialJs)} (budget ${budget.js.comparison} ${formatKb(budget.js.limit)})`;
      // Soft: a failing JavaScript budget still reports the CSS one.
      expect
        .soft(
          verdict(size.initialJs, budget.js),
          `${entry}: ${js}; the biggest initial chunks:\n${biggest(size)}\n` +
            'Load what the first screen does not need with import().',
        )
        .toBe('yes');
      expect
        .soft(
          verdict(size.css, budget.css),
          `${entry}: initial CSS ${formatKb(size.css)} (budget ${budget.css.comparison} ${formatKb(budget.css.limit)})`,
        )
        .toBe('yes');
    });
  }
});
