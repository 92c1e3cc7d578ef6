/**
 * Browser benchmarks: `npm run bench:browser` (options: --no-build, --dist DIR,
 * --runs N, --loads N, --moves N, --port N). Builds the app, serves it, and
 * measures in headless Chromium what a teacher feels: how soon every number
 * follows a weight drag (also on a 4× slower CPU), whether frames keep coming
 * (also while training animates), how soon the first load paints, and how much
 * it downloads. It reports and judges against budgets but never fails on them
 * (machines differ): it exits non-zero only when the page cannot be measured.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, count, log, repeat, runSession, type Session } from './bench-session';
import { dragNotes, dragRows, loadRows, sizeRows, trainingRows } from './browser-report';
import { measureDrag, measureLoad, measureTraining } from './browser-runs';
import { buildSizes } from './bundle-size';
import { summariseDrag } from './drag-stats';
import { budgetTable, type Row } from './report-table';

/** The whole run, build included; past it everything is shut down. */
export const TIMEOUT_MS = 10 * 60_000;

/** The pages whose first load is timed. */
const PAGES = [
  ['explorer', '/'],
  ['sheet', '/?view=sheet'],
] as const;

export interface BrowserOptions {
  readonly runs: number;
  readonly loads: number;
  readonly moves: number;
}

export interface BrowserResult {
  readonly rows: Row[];
  readonly notes: string;
  readonly title: string;
  /** whether anything at all could be measured */
  readonly measured: boolean;
}

/** Every browser measurement, in one Chromium that closes with the session. */
export async function browserRows(
  session: Session,
  options: BrowserOptions,
): Promise<BrowserResult> {
  const { runs, loads: loadCount, moves } = options;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-gpu', '--disable-background-networking'],
    // Our own handlers close it: Playwright's would exit before the cleanup ran.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  session.onClose(() => browser.close());
  log(`Chromium ${browser.version()}`);
  const url = session.url;
  const drags = await repeat(session, 'drag', runs, async () =>
    summariseDrag(await measureDrag(browser, url, { moves, rate: 1 })),
  );
  const slow = await repeat(session, 'drag, CPU 4× slower', runs, async () =>
    summariseDrag(await measureDrag(browser, url, { moves, rate: 4 })),
  );
  const training = await repeat(session, 'training animation', runs, () =>
    measureTraining(browser, url),
  );
  const loads: Row[] = [];
  for (const [name, path] of PAGES) {
    const times = await repeat(session, `load ${path}`, loadCount, () =>
      measureLoad(browser, url + path),
    );
    loads.push(...loadRows(name, times));
  }
  return {
    rows: [
      ...dragRows('drag w5', drags, false),
      ...dragRows('drag w5, CPU 4×', slow, true),
      ...trainingRows(training),
      ...sizeRows(buildSizes(session.dist)),
      ...loads,
    ],
    notes: `${dragNotes('drag', drags)}\n${dragNotes('drag, CPU 4×', slow)}`,
    title:
      `Chromium ${browser.version()}, 1280×720; median of ${runs} drags of ${moves} moves,` +
      ` ${runs} × 3 training runs, ${loadCount} loads each`,
    measured:
      drags.length + slow.length + training.length > 0 ||
      loads.some((r) => Number.isFinite(r.measured)),
  };
}

export function readBrowserArgs() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      runs: { type: 'string', default: '3' },
      loads: { type: 'string', default: '5' },
      moves: { type: 'string', default: '120' },
      port: { type: 'string', default: '0' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'no-lighthouse': { type: 'boolean', default: false },
    },
  });
  return {
    session: {
      build: !values['no-build'],
      dist: values.dist,
      port: count(values, 'port', 0),
      // Each Lighthouse audit takes up to a minute or so on a busy machine: 6 per run.
      timeoutMs:
        TIMEOUT_MS + (values['no-lighthouse'] ? 0 : 6 * 90_000 * Number(values['lighthouse-runs'])),
    },
    browser: {
      runs: count(values, 'runs', 1),
      loads: count(values, 'loads', 1),
      moves: count(values, 'moves', 2),
    },
    lighthouseRuns: values['no-lighthouse'] ? 0 : count(values, 'lighthouse-runs', 1),
  };
}

/** Exit code 0 when something was measured (budgets do not fail it), 1 when nothing was. */
export function finish(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`benchmark could not run: ${error instanceof Error ? error.message : error}`);
      process.exitCode = 1;
    },
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = readBrowserArgs();
  finish(
    runSession(args.session, async (session) => {
      const result = await browserRows(session, args.browser);
      if (session.stopping()) return 130;
      console.log(`Browser benchmarks (${result.title})\n`);
      console.log(budgetTable(result.rows));
      console.log(`\n${result.notes}`);
      return result.measured ? 0 : 1;
    }),
  );
}
