/**
 * Browser benchmarks: `npm run bench:browser` (options: --no-build, --dist DIR,
 * --runs N, --loads N, --moves N, --port N). Builds the app, serves it, and
 * measures in headless Chromium what a teacher feels: how soon every number
 * follows a weight drag (also on a 4× slower CPU), whether frames keep coming,
 * how soon the first load paints, and how much it downloads. It reports and
 * judges against budgets but never fails on them (machines differ): it exits
 * non-zero only when the page cannot be measured at all.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dragNotes, dragRows, loadRows, sizeRows } from './browser-report';
import { measureDrag, measureLoad } from './browser-runs';
import { buildSizes } from './bundle-size';
import { summariseDrag } from './drag-stats';
import { budgetTable, type Row } from './report-table';
import { serveStatic, type StaticServer } from './static-server';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
/** The whole run, build included; past it everything is shut down. */
const TIMEOUT_MS = 10 * 60_000;

/** The pages whose first load is timed. */
const PAGES = [
  ['explorer', '/'],
  ['sheet', '/?view=sheet'],
] as const;

function readOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      dist: { type: 'string' },
      runs: { type: 'string', default: '3' },
      loads: { type: 'string', default: '5' },
      moves: { type: 'string', default: '120' },
      port: { type: 'string', default: '0' },
    },
  });
  const count = (name: 'runs' | 'loads' | 'moves' | 'port', least: number) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < least) {
      throw new Error(`--${name} must be a whole number, at least ${least}`);
    }
    return n;
  };
  return {
    build: !values['no-build'],
    dist: values.dist,
    runs: count('runs', 1),
    loads: count('loads', 1),
    moves: count('moves', 2),
    port: count('port', 0),
  };
}

const log = (message: string) => process.stderr.write(`${message}\n`);

const chromiumPath = () =>
  [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (path) => path && existsSync(path),
  ) ?? '/usr/bin/chromium';

function build(outDir: string): Promise<void> {
  return new Promise((done, fail) => {
    // --bypass-lock: another build of this project (into its own folder) may be running.
    const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--bypass-lock'];
    const child = spawn('npx', [...args, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`vite build exited with ${code}`)),
    );
  });
}

/** Set on Ctrl+C: measurements stop, the cleanup runs, nothing is reported. */
let stopping = false;

/** Runs `measure` `times` times; failures are logged (first line) and skipped. */
async function repeat<T>(label: string, times: number, measure: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let k = 1; k <= times && !stopping; k++) {
    try {
      results.push(await measure());
      log(`  ${label} ${k}/${times} done`);
    } catch (error) {
      if (stopping) break;
      const message = error instanceof Error ? error.message : String(error);
      log(`  ${label} ${k}/${times} failed: ${message.split('\n')[0]}`);
    }
  }
  return results;
}

async function main(): Promise<number> {
  const options = readOptions();
  const { runs, loads: loadCount, moves } = options;
  let dist = options.dist ? resolve(options.dist) : join(ROOT, 'dist');
  let temporary: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const cleanup = async () => {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    browser = server = temporary = undefined;
  };
  const watchdog = setTimeout(() => {
    log(`benchmark timed out after ${TIMEOUT_MS / 1000} s`);
    void cleanup().finally(() => process.exit(1));
  }, TIMEOUT_MS);
  // `on`, not `once`: a Ctrl+C reaches this process twice (from the terminal and
  // relayed by tsx), and a second signal without a handler would kill it mid-cleanup.
  const interrupt = () => {
    if (stopping) return;
    stopping = true;
    log('interrupted: closing the browser and the server …');
    void cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  // Whatever ends the process, the temporary build goes with it.
  const removeBuild = () => {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  process.once('exit', removeBuild);

  try {
    if (options.build) {
      temporary = mkdtempSync(join(tmpdir(), 'bench-dist-'));
      dist = temporary;
      log(`building into ${dist} …`);
      await build(dist);
    }
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`no build at ${dist}`);
    const sizes = buildSizes(dist);

    server = await serveStatic(dist, options.port);
    const executablePath = chromiumPath();
    browser = await chromium.launch({
      executablePath,
      args: ['--disable-gpu', '--disable-background-networking'],
      // Our own handlers close it: Playwright's would exit before the cleanup ran.
      handleSIGINT: false,
      handleSIGTERM: false,
    });
    log(`serving ${dist} at ${server.url}; Chromium ${browser.version()}`);

    const url = server.url;
    const b = browser;
    const drags = await repeat('drag', runs, async () =>
      summariseDrag(await measureDrag(b, url, { moves, rate: 1 })),
    );
    const slow = await repeat('drag, CPU 4× slower', runs, async () =>
      summariseDrag(await measureDrag(b, url, { moves, rate: 4 })),
    );
    const loads: Row[] = [];
    for (const [name, path] of PAGES) {
      const times = await repeat(`load ${path}`, loadCount, () => measureLoad(b, url + path));
      loads.push(...loadRows(name, times));
    }

    if (stopping) return 130;
    const rows = [
      ...dragRows('drag w5', drags, false),
      ...dragRows('drag w5, CPU 4×', slow, true),
      ...sizeRows(sizes),
      ...loads,
    ];
    console.log(
      `Browser benchmarks (Chromium ${browser.version()}, 1280×720; median of ${runs} drags of` +
        ` ${moves} moves, ${loadCount} loads each)\n`,
    );
    console.log(budgetTable(rows));
    console.log(`\n${dragNotes('drag', drags)}\n${dragNotes('drag, CPU 4×', slow)}`);
    const measuredAny =
      drags.length + slow.length > 0 || loads.some((r) => Number.isFinite(r.measured));
    return measuredAny ? 0 : 1;
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await cleanup();
    process.off('exit', removeBuild);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      `browser benchmark could not run: ${error instanceof Error ? error.message : error}`,
    );
    process.exitCode = 1;
  },
);
