/**
 * `npm run bench`: every benchmark in one go — the engine in Node, the browser
 * (drag, drag on a 4× slower CPU, animated training, first loads, bundle sizes)
 * and Lighthouse — then ONE table, judged against app/bench/budgets.ts, printed
 * and written as Markdown to docs/bench-results.md for the README to quote.
 * Options as bench:browser, plus --lighthouse-runs N and --no-lighthouse.
 * It never fails on a budget (machines differ); it exits 1 only when nothing
 * could be measured.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, log, ROOT, runSession } from './bench-session';
import { browserRows, finish, readBrowserArgs } from './browser-bench';
import { engineRows, engineTitle } from './engine-bench';
import { lighthouseRows } from './lighthouse-runs';
import { budgetTable, type Row } from './report-table';

export const RESULTS_FILE = join(ROOT, 'docs', 'bench-results.md');

const args = readBrowserArgs();

finish(
  runSession(args.session, async (session) => {
    log('engine …');
    const engine = engineRows();
    const browser = await browserRows(session, args.browser);
    const lighthouse: Row[] =
      args.lighthouseRuns > 0 && !session.stopping()
        ? await lighthouseRows(session.url, {
            chromePath: chromiumPath(),
            runs: args.lighthouseRuns,
            log,
          })
        : [];
    if (session.stopping()) return 130;
    const table = budgetTable([...engine, ...browser.rows, ...lighthouse]);
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    // The load says how far to trust the timings: other work on the machine makes long tasks.
    const machine =
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'},` +
      ` load average ${loadavg()[0]!.toFixed(1)} at the end`;
    const about =
      `Measured ${when} UTC on ${machine}; ${engineTitle()}; ${browser.title}` +
      (lighthouse.length ? `; Lighthouse: median of ${args.lighthouseRuns} runs` : '') +
      '. Medians unless a row says otherwise; "pass" compares with app/bench/budgets.ts.';
    console.log(`\n${browser.notes}\n\nAll benchmarks (${about})\n`);
    console.log(table);
    writeFileSync(
      RESULTS_FILE,
      `# Benchmark results\n\nWritten by \`npm run bench\`. ${about}\n\n${table}\n`,
    );
    log(`\nwritten to ${RESULTS_FILE}`);
    return browser.measured || engine.length > 0 ? 0 : 1;
  }),
);
