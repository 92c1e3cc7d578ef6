/**
 * From content/ to lessons: reads every content/NN-slug/lesson.md, parses,
 * validates and renders it. Returns the lessons and every problem found; the
 * caller (the Vite plugin, the tests) decides what a problem stops.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_MODEL } from '../../engine/model';
import type { Trace } from '../../engine/trace';
import { DEFAULT_PANELS, type Lesson, type LessonStep, type StepMeta } from '../schema';
import { stateModel } from '../step-state';
import type { CiteContext } from './citations';
import { bpttCite } from './widget-citations';
import type { FieldContext } from './fields';
import { renderMarkdown, renderNodes } from './markdown';
import { parseLesson } from './parse';
import { ProblemList, type LessonProblem } from './problems';
import { validateStep } from './validate-step';
import {
  checkFolderName,
  validateCollection,
  validateFrontMatter,
  type LessonEntry,
} from './validate';

export const LESSON_FILE = 'lesson.md';

export interface CompiledLesson {
  /** undefined when the file has problems */
  readonly lesson: Lesson | undefined;
  readonly problems: readonly LessonProblem[];
  /** for the collection checks; undefined when the front matter is unusable */
  readonly entry: LessonEntry | undefined;
}

/** One lesson from its text. `file` is how messages name it; `folder` gives its slug and order. */
export function compileLesson(file: string, folder: string, source: string): CompiledLesson {
  const problems = new ProblemList(file);
  const { slug, problem } = checkFolderName(folder, file);
  if (problem) problems.problems.push(problem);
  const parsed = parseLesson(source, problems);
  const frontMatter = parsed.frontMatter;
  const meta =
    frontMatter?.ok === true
      ? validateFrontMatter({ yaml: frontMatter, problems }, frontMatter.value)
      : undefined;
  const seenIds = new Set<string>();
  const steps: LessonStep[] = [];
  for (const raw of parsed.steps) {
    const ctx: FieldContext = { yaml: raw.yaml, problems };
    const step = raw.yaml.ok ? validateStep(ctx, raw.yaml.value ?? null, seenIds) : undefined;
    const cite = citeContext(step);
    const html = renderNodes(raw.prose, { text: parsed.text, firstLine: 1 }, problems, cite);
    if (!step) continue;
    const text = (value: string, at: (string | number)[], context: CiteContext = cite) =>
      renderMarkdown(
        {
          text: value,
          firstLine: raw.yaml.textLine(at),
          locate: (snippet) => raw.yaml.locate(at, snippet),
        },
        problems,
        context,
      );
    const { check, notes, ...rest } = step;
    steps.push({
      ...rest,
      panels: rest.panels ?? DEFAULT_PANELS,
      reveal: rest.reveal ?? false,
      html,
      ...(check && {
        check: {
          quantity: check.quantity,
          tolerance: check.tolerance,
          promptHtml: text(check.prompt, ['check', 'prompt']),
          hintsHtml: check.hints.map((hint, k) => text(hint, ['check', 'hints', k])),
        },
      }),
      // The speaker's notes may say what the learner is asked: the presenter knows it.
      ...(notes !== undefined && {
        notesHtml: text(notes, ['notes'], { ...cite, secret: undefined }),
      }),
    });
  }
  const entry: LessonEntry | undefined =
    meta && frontMatter
      ? {
          folder,
          file,
          meta,
          line: (field, index) => frontMatter.line(index === undefined ? [field] : [field, index]),
        }
      : undefined;
  const ok = problems.problems.length === 0 && meta !== undefined && slug !== undefined;
  return {
    lesson: ok
      ? {
          meta: {
            slug,
            ...meta,
            stepCount: steps.length,
            checks: steps.filter((step) => step.check).map((step) => step.id),
          },
          steps,
        }
      : undefined,
    problems: problems.problems,
    entry,
  };
}

/**
 * What a step's citations are computed on: its state over the article's numbers,
 * trained as the step says. A step too broken to read cites the article's network,
 * so that its citations are still checked.
 */
function citeContext(step: StepMeta | undefined): CiteContext {
  const cache = new Map<string, Trace>();
  if (!step) return { base: { model: ARTICLE_MODEL, steps: 0 }, cache };
  let model = ARTICLE_MODEL;
  try {
    model = stateModel(step, null);
  } catch {
    // A state the step's own checks refused: its problem is reported already.
  }
  return {
    base: { model, steps: step.train ?? 0 },
    secret: step.check?.quantity,
    cache,
    ...(step.widget?.type === 'bptt' && { widget: bpttCite(step.widget) }),
  };
}

export interface CompiledCollection {
  /** the lessons without problems, in order */
  readonly lessons: readonly Lesson[];
  readonly problems: readonly LessonProblem[];
  /** every lesson file read (to watch in dev) */
  readonly files: readonly string[];
}

/** A lesson file as read: its folder name, its path for messages, and its text. */
export interface LessonSource {
  readonly folder: string;
  readonly file: string;
  readonly text: string;
}

/** Lessons from their sources, with the checks across lessons (order, prerequisites). */
export function compileSources(
  sources: readonly LessonSource[],
): Omit<CompiledCollection, 'files'> {
  const lessons: Lesson[] = [];
  const problems: LessonProblem[] = [];
  const entries: LessonEntry[] = [];
  for (const source of sources) {
    const compiled = compileCached(source);
    problems.push(...compiled.problems);
    if (compiled.lesson) lessons.push(compiled.lesson);
    if (compiled.entry) entries.push(compiled.entry);
  }
  problems.push(...validateCollection(entries));
  lessons.sort((a, b) => a.meta.order - b.meta.order);
  return { lessons, problems };
}

// In dev a save recompiles only the file that changed.
const cache = new Map<
  string,
  { readonly source: LessonSource; readonly compiled: CompiledLesson }
>();
function compileCached(source: LessonSource): CompiledLesson {
  const hit = cache.get(source.file);
  if (hit && hit.source.text === source.text && hit.source.folder === source.folder)
    return hit.compiled;
  const compiled = compileLesson(source.file, source.folder, source.text);
  cache.set(source.file, { source, compiled });
  return compiled;
}

/**
 * Every lesson under `contentDir`. Folders are lessons; other files (the
 * authoring guide) are not. Messages name files relative to `rootDir`.
 */
export function compileLessons(contentDir: string, rootDir: string): CompiledCollection {
  if (!existsSync(contentDir)) return { lessons: [], problems: [], files: [] };
  const sources: LessonSource[] = [];
  const missing: LessonProblem[] = [];
  const folders = readdirSync(contentDir)
    .filter((name) => !name.startsWith('.') && statSync(path.join(contentDir, name)).isDirectory())
    .sort();
  for (const folder of folders) {
    const absolute = path.join(contentDir, folder, LESSON_FILE);
    const file = path.relative(rootDir, absolute).split(path.sep).join('/');
    if (existsSync(absolute)) sources.push({ folder, file, text: readFileSync(absolute, 'utf8') });
    else {
      missing.push({
        file,
        line: 1,
        message: `the lesson folder "${folder}" has no ${LESSON_FILE}; every folder in content/ is a lesson`,
      });
    }
  }
  const compiled = compileSources(sources);
  return {
    ...compiled,
    problems: [...missing, ...compiled.problems],
    files: sources.map((source) => path.join(rootDir, source.file)),
  };
}
