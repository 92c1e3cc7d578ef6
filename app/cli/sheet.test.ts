/**
 * The real command, run as a teacher runs it. Each start of tsx costs about half
 * a second, so only what the pure tests cannot see is checked here: exit codes,
 * streams and that each format reaches stdout whole.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { computeTrace } from '../engine/trace';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TIMEOUT = 30_000;

function sheet(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['app/cli/sheet.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const entries = computeTrace(ARTICLE_MODEL).entries;

describe('sheet CLI', () => {
  it('prints json that parses', { timeout: TIMEOUT }, () => {
    const run = sheet('w5=0.3', '--format', 'json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as { params: Record<string, number>; steps: unknown[] };
    expect(parsed.params['w5']).toBe(0.3);
    expect(parsed.steps).toHaveLength(entries.length);
  });

  it('prints md by default, with the answer key', { timeout: TIMEOUT }, () => {
    const run = sheet();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## Answer key');
    expect(run.stdout).toContain('\\frac{\\partial E_{total}}{\\partial w_{5}}');
  });

  it('prints the exercise with --no-answers: blanks, no key', { timeout: TIMEOUT }, () => {
    const run = sheet('--no-answers', 'w5=0.3');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^# .* \(exercise\)\n/);
    expect(run.stdout).not.toContain('## Answer key');
    expect(run.stdout).toContain('\\boxed{\\phantom{0.00000000}}');
    expect(run.stdout).toContain('```mermaid');
  });

  it('refuses --no-answers for data formats', { timeout: TIMEOUT }, () => {
    const run = sheet('--no-answers', '--format', 'csv');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'sheet: --no-answers: the exercise is written as md or tex; csv holds the answers themselves.\n',
    );
  });

  it('prints a LaTeX document', { timeout: TIMEOUT }, () => {
    const run = sheet('--format=tex', 'act_h=tanh');
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('\\documentclass')).toBe(true);
    expect(run.stdout.trimEnd().endsWith('\\end{document}')).toBe(true);
  });

  it('prints csv, one row per step', { timeout: TIMEOUT }, () => {
    const run = sheet('--format', 'csv');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\r\n').filter(Boolean);
    expect(lines[0]).toMatch(/^id,phase,value,symbol,formula/);
    expect(lines).toHaveLength(entries.length + 1);
  });

  it(
    'refuses a bad value: status 2, one line naming it, nothing on stdout',
    { timeout: TIMEOUT },
    () => {
      const run = sheet('w5=abc');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('sheet: w5: w5 must be a number; "abc" is not one.\n');
    },
  );

  it('refuses an unknown format', { timeout: TIMEOUT }, () => {
    const run = sheet('--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--format');
  });
});
