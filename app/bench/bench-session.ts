/**
 * What every browser benchmark needs around its measurements: a production
 * build (in a temporary folder, unless one is named), a static server on the
 * loopback interface, and a watchdog. Whatever ends the run — success, failure,
 * timeout, Ctrl+C — the browser, the server and the temporary build go.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, type StaticServer } from './static-server';

export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

export const log = (message: string) => process.stderr.write(`${message}\n`);

export const chromiumPath = () =>
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

export interface SessionOptions {
  /** build first (into a temporary folder), or use `dist` as it is */
  readonly build: boolean;
  readonly dist: string | undefined;
  readonly port: number;
  readonly timeoutMs: number;
}

export interface Session {
  readonly dist: string;
  readonly url: string;
  /** set on Ctrl+C: stop measuring, report nothing */
  readonly stopping: () => boolean;
  /** closed with the session (a browser) */
  onClose(close: () => Promise<unknown>): void;
}

/** Builds (if asked), serves, runs `measure`, and cleans up; 130 after Ctrl+C. */
export async function runSession(
  options: SessionOptions,
  measure: (session: Session) => Promise<number>,
): Promise<number> {
  let dist = options.dist ? resolve(options.dist) : join(ROOT, 'dist');
  let temporary: string | undefined;
  let server: StaticServer | undefined;
  let stopping = false;
  const closers: (() => Promise<unknown>)[] = [];
  const cleanup = async () => {
    for (const close of closers.splice(0)) await close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    if (temporary) rmSync(temporary, { recursive: true, force: true });
    server = temporary = undefined;
  };
  const watchdog = setTimeout(() => {
    log(`benchmark timed out after ${options.timeoutMs / 1000} s`);
    void cleanup().finally(() => process.exit(1));
  }, options.timeoutMs);
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
    server = await serveStatic(dist, options.port);
    log(`serving ${dist} at ${server.url}`);
    const code = await measure({
      dist,
      url: server.url,
      stopping: () => stopping,
      onClose: (close) => closers.push(close),
    });
    return stopping ? 130 : code;
  } finally {
    clearTimeout(watchdog);
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await cleanup();
    process.off('exit', removeBuild);
  }
}

/** Runs `measure` `times` times; failures are logged (first line) and skipped. */
export async function repeat<T>(
  session: Session,
  label: string,
  times: number,
  measure: () => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let k = 1; k <= times && !session.stopping(); k++) {
    try {
      results.push(await measure());
      log(`  ${label} ${k}/${times} done`);
    } catch (error) {
      if (session.stopping()) break;
      const message = error instanceof Error ? error.message : String(error);
      log(`  ${label} ${k}/${times} failed: ${message.split('\n')[0]}`);
    }
  }
  return results;
}

/** Reads a whole-number option of at least `least`. */
export function count(values: Record<string, unknown>, name: string, least: number): number {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < least) {
    throw new Error(`--${name} must be a whole number, at least ${least}`);
  }
  return n;
}
