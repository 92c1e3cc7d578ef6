/**
 * `npm run package:scorm`: a SCORM 1.2 package per lesson, and one with every lesson,
 * from the production build — dist-scorm/<lesson-slug>.zip and dist-scorm/all-lessons.zip.
 * Each holds the whole app (its URLs are relative, so it runs from the LMS's folder),
 * imsmanifest.xml at its root, and a launch page that opens the lesson and reports to
 * the LMS (?scorm=…, see lms/attach-scorm.ts).
 *
 *   tsx app/lms/build/package-scorm.ts [--dist dist] [--out dist-scorm]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { compileLessons } from '../../build/compile';
import type { LessonMeta } from '../../schema';
import { manifestXml, type PackageSpec } from './manifest';
import { writeZip } from './zip';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Files of the build an LMS has no use for: the host's headers, the embed's demo page, and
 * the offline cache's worker (the LMS serves the package; a lesson in it registers none).
 */
const LEFT_OUT = /^(_headers|embed-demo\.[a-z]+|backprop-lab-embed\.js|sw\.js|workbox-[\w-]+\.js)$/;

export interface BuiltPackage {
  readonly file: string;
  readonly spec: PackageSpec;
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.filter((file) => !LEFT_OUT.test(file));
}

/** The packages for these lessons: one each, and one with them all. */
export function packageSpecs(
  lessons: readonly LessonMeta[],
  files: readonly string[],
): PackageSpec[] {
  const one = lessons.map((meta) => ({
    identifier: `backprop-lab-${meta.slug}`,
    title: `Backprop Lab: ${meta.title}`,
    launch: `index.html?lesson=${meta.slug}&scorm=${meta.slug}`,
    files,
  }));
  const all = {
    identifier: 'backprop-lab-all-lessons',
    title: 'Backprop Lab: every lesson',
    launch: 'index.html?view=lessons&scorm=all',
    files,
  };
  return [...one, all];
}

/** Writes the packages of the build in `dist` into `out` (emptied first). */
export function packageScorm(dist: string, out: string): BuiltPackage[] {
  const files = filesUnder(dist);
  if (!files.includes('index.html')) throw new Error(`${dist} has no index.html: build first`);
  const { lessons, problems } = compileLessons(join(ROOT, 'content'), ROOT);
  if (problems.length > 0) throw new Error(`the lessons have ${problems.length} problems`);
  const contents = files.map((name) => ({ name, data: readFileSync(join(dist, name)) }));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  return packageSpecs(
    lessons.map((lesson) => lesson.meta),
    files,
  ).map((spec) => {
    const slug = spec.identifier.replace(/^backprop-lab-/, '');
    const file = join(out, `${slug}.zip`);
    const manifest = { name: 'imsmanifest.xml', data: Buffer.from(manifestXml(spec)) };
    writeFileSync(file, writeZip([manifest, ...contents]));
    return { file, spec };
  });
}

function main(argv: readonly string[]) {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 && argv[at + 1] ? argv[at + 1]! : fallback;
  };
  const dist = resolve(option('--dist', join(ROOT, 'dist')));
  const out = resolve(option('--out', join(ROOT, 'dist-scorm')));
  const built = packageScorm(dist, out);
  for (const { file } of built) {
    const kb = Math.round(statSync(file).size / 1024);
    console.log(`${relative(process.cwd(), file)}  ${kb} kB`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  main(process.argv.slice(2));
}
