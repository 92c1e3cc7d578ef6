/**
 * Validation of lessons: the front matter of each, and the rules that span the
 * collection (folder names, order, prerequisites). Pure: no file system.
 */
import type { LessonMeta } from '../schema';
import { readList, readMapping, readNumber, readText, type FieldContext } from './fields';
import { shown, suggestion, type LessonProblem, ProblemList } from './problems';
import { KEBAB_CASE } from './validate-step';

export const FRONT_MATTER_FIELDS = [
  'title',
  'summary',
  'order',
  'minutes',
  'prerequisites',
] as const;
const REQUIRED_FIELDS = ['title', 'summary', 'order', 'minutes'] as const;

/** content/NN-slug: two digits, a dash, a kebab-case slug. */
export const LESSON_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export type FrontMatter = Omit<LessonMeta, 'slug' | 'stepCount' | 'checks'>;

/** The front matter's fields, or undefined when any is missing or wrongly typed. */
export function validateFrontMatter(ctx: FieldContext, value: unknown): FrontMatter | undefined {
  const fields = readMapping(
    ctx,
    [],
    value ?? null,
    'the front matter',
    FRONT_MATTER_FIELDS,
    REQUIRED_FIELDS,
  );
  if (!fields) return undefined;
  const present = (key: string) => key in fields;
  const title = present('title') ? readText(ctx, ['title'], fields.title) : undefined;
  const summary = present('summary') ? readText(ctx, ['summary'], fields.summary) : undefined;
  const order = present('order')
    ? readNumber(ctx, ['order'], fields.order, { positive: true, integer: true })
    : undefined;
  const minutes = present('minutes')
    ? readNumber(ctx, ['minutes'], fields.minutes, { positive: true })
    : undefined;
  const prerequisites = present('prerequisites')
    ? readList(ctx, ['prerequisites'], fields.prerequisites ?? [], (path, item) => {
        if (typeof item === 'string' && KEBAB_CASE.test(item)) return item;
        ctx.problems.add(
          ctx.yaml.line(path),
          `a prerequisite is a lesson's slug (its folder name without "NN-"), such as "sigmoid", not ${shown(item)}`,
        );
        return undefined;
      })
    : [];
  if (
    title === undefined ||
    summary === undefined ||
    order === undefined ||
    minutes === undefined ||
    !prerequisites
  ) {
    return undefined;
  }
  return { title, summary, order, minutes, prerequisites };
}

/** What the collection checks need of each lesson. */
export interface LessonEntry {
  /** the folder name, e.g. '03-forward-pass' */
  readonly folder: string;
  readonly file: string;
  readonly meta: FrontMatter;
  /** file lines of the front matter fields, for messages */
  readonly line: (field: 'order' | 'prerequisites', index?: number) => number;
}

/** Problems with a folder's name (undefined slug when it is not NN-slug). */
export function checkFolderName(
  folder: string,
  file: string,
): { slug?: string; problem?: LessonProblem } {
  const match = LESSON_FOLDER.exec(folder);
  if (match?.[2]) return { slug: match[2] };
  return {
    problem: {
      file,
      line: 1,
      message: `the lesson folder "${folder}" must be named NN-slug: two digits for its order, a dash, then a kebab-case slug, such as "03-forward-pass"`,
    },
  };
}

/** Rules across lessons: order matches the NN prefix and is unique; prerequisites exist and come earlier. */
export function validateCollection(lessons: readonly LessonEntry[]): LessonProblem[] {
  const problems: LessonProblem[] = [];
  const bySlug = new Map<string, LessonEntry>();
  for (const lesson of lessons) {
    const slug = LESSON_FOLDER.exec(lesson.folder)?.[2];
    if (slug) bySlug.set(slug, lesson);
  }
  const slugs = [...bySlug.keys()];
  const byOrder = new Map<number, LessonEntry>();
  for (const lesson of lessons) {
    const list = new ProblemList(lesson.file);
    const prefix = LESSON_FOLDER.exec(lesson.folder)?.[1];
    const { order } = lesson.meta;
    if (prefix !== undefined && Number(prefix) !== order) {
      list.add(
        lesson.line('order'),
        `order ${order} does not match the folder's prefix "${prefix}"; make them the same`,
      );
    }
    const other = byOrder.get(order);
    if (other)
      list.add(
        lesson.line('order'),
        `order ${order} is also the order of ${other.file}; each lesson needs its own`,
      );
    else byOrder.set(order, lesson);
    lesson.meta.prerequisites.forEach((slug, k) => {
      const target = bySlug.get(slug);
      const line = lesson.line('prerequisites', k);
      if (!target) {
        list.add(
          line,
          `prerequisite "${slug}" is not a lesson${suggestion(slug, slugs)} (lessons: ${slugs.join(', ')})`,
        );
      } else if (target.meta.order >= order) {
        list.add(
          line,
          `prerequisite "${slug}" (order ${target.meta.order}) does not come before this lesson (order ${order}); a prerequisite must come earlier`,
        );
      }
    });
    problems.push(...list.problems);
  }
  return problems;
}
