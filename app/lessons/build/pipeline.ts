/**
 * What the Vite plugin runs, in one module the plugin loads through Vite's own
 * module runner (see vite-plugin-lessons.ts): compiling content/ and writing
 * the virtual modules' code.
 */
import type { Lesson, LessonMeta } from '../schema';
import { compileLessons, type CompiledCollection } from './compile';
import { formatProblems } from './problems';

export { compileLessons, type CompiledCollection };

export const LESSONS_MODULE = 'virtual:lessons';

/** The index module: metadata inline, each lesson behind a dynamic import (its own chunk). */
export function indexModule(lessons: readonly Lesson[]): string {
  const index: LessonMeta[] = lessons.map((lesson) => lesson.meta);
  const loaders = lessons
    .map(
      ({ meta }) =>
        `  ${JSON.stringify(meta.slug)}: () => import(${JSON.stringify(`${LESSONS_MODULE}/${meta.slug}`)}),`,
    )
    .join('\n');
  return [
    `export const lessonIndex = ${JSON.stringify(index)};`,
    `const loaders = {\n${loaders}\n};`,
    'export function loadLesson(slug) {',
    '  const load = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;',
    '  return load ? load().then((module) => module.default) : Promise.resolve(undefined);',
    '}',
  ].join('\n');
}

/** One lesson's module: plain data. */
export const lessonModule = (lesson: Lesson) => `export default ${JSON.stringify(lesson)};`;

/** The message a failed build or the dev overlay shows: every problem, one per line. */
export function problemsMessage(collection: CompiledCollection): string | undefined {
  const count = collection.problems.length;
  if (count === 0) return undefined;
  const noun = count === 1 ? 'problem' : 'problems';
  return `${count} ${noun} in the lessons (see content/README.md):\n${formatProblems(collection.problems)}`;
}
