/**
 * Browser benchmarks: `npm run bench:browser` (options: --no-build, --dist DIR,
 * --runs N, --loads N, --moves N, --port N, --only
 * drag,slow,large,large-slow,playground,training,architecture,data-training,data-scroll,loads).
 * Builds the app, serves it, and measures in headless Chromium what a teacher feels: how soon
 * every number follows a weight drag (also on a 4× slower CPU), whether frames keep coming
 * (also while training animates, on one example or on a dataset with its heatmaps, and while
 * the dataset's table scrolls), how soon the first load paints, and how much
 * it downloads. It reports and judges against budgets but never fails on them
 * (machines differ): it exits non-zero only when the page cannot be measured.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, count, log, repeat, runSession, type Session } from './bench-session';
import {
  architectureRows,
  dragNotes,
  dragRows,
  loadRows,
  sizeRows,
  trainingRows,
} from './browser-report';
import {
  LARGEST_LAYERS,
  measureArchitectureChange,
  measureDrag,
  measureLargeDrag,
  measureLoad,
  measurePlaygroundDrag,
  measureTraining,
} from './browser-runs';
import { buildSizes } from './bundle-size';
import { dataTrainingRows, tableScrollRows } from './data-report';
import { measureDataTraining, measureTableScroll } from './data-runs';
import { summariseDrag } from './drag-stats';
import { budgetTable, type Row } from './report-table';

/** The whole run, build included; past it everything is shut down. */
export const TIMEOUT_MS = 10 * 60_000;

/** The pages whose first load is timed. */
const PAGES = [
  ['explorer', '/'],
  ['sheet', '/?view=sheet'],
] as const;

/** The parts of the browser benchmark, by the name --only takes. */
export const BROWSER_PARTS = [
  'drag',
  'slow',
  'large',
  'large-slow',
  'playground',
  'training',
  'architecture',
  'data-training',
  'data-scroll',
  'loads',
] as const;
export type BrowserPart = (typeof BROWSER_PARTS)[number];

export interface BrowserOptions {
  readonly runs: number;
  readonly loads: number;
  readonly moves: number;
  /** the parts to measure (all of them by default) */
  readonly only?: readonly BrowserPart[];
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
  const { loads: loadCount, moves } = options;
  // A part left out runs zero times, and its rows say "not measured".
  const runsOf = (part: BrowserPart) =>
    !options.only || options.only.includes(part) ? options.runs : 0;
  const runs = options.runs;
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
  const drags = await repeat(session, 'drag', runsOf('drag'), async () =>
    summariseDrag(await measureDrag(browser, url, { moves, rate: 1 })),
  );
  const slow = await repeat(session, 'drag, CPU 4× slower', runsOf('slow'), async () =>
    summariseDrag(await measureDrag(browser, url, { moves, rate: 4 })),
  );
  const large = await repeat(session, 'drag, 6-6-6-6-6', runsOf('large'), async () =>
    summariseDrag(await measureLargeDrag(browser, url, { moves, rate: 1 })),
  );
  const largeSlow = await repeat(
    session,
    'drag, 6-6-6-6-6, CPU 4× slower',
    runsOf('large-slow'),
    async () => summariseDrag(await measureLargeDrag(browser, url, { moves, rate: 4 })),
  );
  const playground = await repeat(session, 'drag, playground', runsOf('playground'), async () =>
    summariseDrag(await measurePlaygroundDrag(browser, url, { moves, rate: 1 })),
  );
  const training = await repeat(session, 'training animation', runsOf('training'), () =>
    measureTraining(browser, url),
  );
  const architecture = await repeat(session, 'architecture change', runsOf('architecture'), () =>
    measureArchitectureChange(browser, url),
  );
  const dataTraining = await repeat(session, 'data training', runsOf('data-training'), () =>
    measureDataTraining(browser, url),
  );
  const dataScroll = await repeat(session, 'data table scroll', runsOf('data-scroll'), () =>
    measureTableScroll(browser, url),
  );
  const loads: Row[] = [];
  for (const [name, path] of PAGES) {
    const loadRuns = !options.only || options.only.includes('loads') ? loadCount : 0;
    const times = await repeat(session, `load ${path}`, loadRuns, () =>
      measureLoad(browser, url + path),
    );
    loads.push(...loadRows(name, times));
  }
  return {
    rows: [
      ...dragRows('drag w5', drags, 'drag'),
      ...dragRows('drag w5, CPU 4×', slow, 'throttled'),
      ...dragRows(`drag w1, ${LARGEST_LAYERS}`, large, 'large'),
      ...dragRows(`drag w1, ${LARGEST_LAYERS}, CPU 4×`, largeSlow, 'large-throttled'),
      ...dragRows('drag a leaf, 48-node playground graph', playground, 'playground'),
      ...trainingRows(training),
      ...architectureRows(architecture),
      ...dataTrainingRows(dataTraining),
      ...tableScrollRows(dataScroll),
      ...sizeRows(buildSizes(session.dist)),
      ...loads,
    ],
    notes: [
      dragNotes('drag', drags),
      dragNotes('drag, CPU 4×', slow),
      dragNotes(`drag, ${LARGEST_LAYERS}`, large, 'dE_dw1'),
      dragNotes(`drag, ${LARGEST_LAYERS}, CPU 4×`, largeSlow, 'dE_dw1'),
      dragNotes('drag, playground', playground, 'f'),
    ].join('\n'),
    title:
      `Chromium ${browser.version()}, 1280×720; median of ${runs} drags of ${moves} moves,` +
      ` ${runs} × 3 training runs, ${loadCount} loads each`,
    measured:
      drags.length + slow.length + large.length + largeSlow.length + playground.length > 0 ||
      training.length + dataTraining.length + dataScroll.length > 0 ||
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
      only: { type: 'string' },
    },
  });
  const only = values.only
    ?.split(',')
    .map((part) => part.trim())
    .filter((part): part is BrowserPart => (BROWSER_PARTS as readonly string[]).includes(part));
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
      ...(only && { only }),
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
