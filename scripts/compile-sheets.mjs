// Compiles the LaTeX sheets with pdflatex, as a teacher would, and renders their pages as
// PNG for looking at: node scripts/compile-sheets.mjs [OUT_DIR] (npm run test:tex).
// Not part of npm test: it needs a TeX installation (Debian: texlive-latex-base,
// texlive-pictures for TikZ, poppler-utils for pdftoppm). Fails on any LaTeX error and
// on any character the fonts lack; prints where the pages are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = process.argv[2] ?? '/tmp/shots';
const SHEETS = {
  key: [],
  exercise: ['--no-answers'],
  mistaken: ['hidden_deltas=updated'],
  'relu-exercise': ['act_h=relu', 'w5=-0.3', 'i1=1e-7', '--no-answers'],
};

for (const tool of ['pdflatex', 'pdftoppm']) {
  if (spawnSync(tool, ['-v'], { encoding: 'utf8' }).error) {
    console.error(
      `${tool} is missing. On Debian: apt-get install texlive-latex-base texlive-pictures poppler-utils`,
    );
    process.exit(1);
  }
}

const work = mkdtempSync(join(tmpdir(), 'backprop-lab-tex-'));
mkdirSync(out, { recursive: true });
let failed = false;
for (const [name, args] of Object.entries(SHEETS)) {
  const sheet = spawnSync(
    'node_modules/.bin/tsx',
    ['app/cli/sheet.ts', '--format', 'tex', ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (sheet.status !== 0) {
    console.error(`${name}: the sheet command failed: ${sheet.stderr}`);
    failed = true;
    continue;
  }
  writeFileSync(join(work, `${name}.tex`), sheet.stdout);
  const latex = spawnSync(
    'pdflatex',
    ['-interaction=nonstopmode', '-halt-on-error', `${name}.tex`],
    {
      cwd: work,
      encoding: 'utf8',
    },
  );
  const log = readFileSync(join(work, `${name}.log`), 'utf8');
  const problems = log.split('\n').filter((line) => /^!|Missing character/.test(line));
  if (latex.status !== 0 || problems.length > 0) {
    console.error(
      `${name}: pdflatex failed (${join(work, `${name}.log`)}):\n${problems.join('\n')}`,
    );
    failed = true;
    continue;
  }
  const pages = /Output written on .*\((\d+) pages?/.exec(log)?.[1];
  spawnSync('pdftoppm', [
    '-r',
    '80',
    '-png',
    join(work, `${name}.pdf`),
    join(out, `sheet-tex-${name}`),
  ]);
  console.log(`${name}: ${pages} pages, ${join(out, `sheet-tex-${name}-*.png`)}`);
}
process.exit(failed ? 1 : 0);
