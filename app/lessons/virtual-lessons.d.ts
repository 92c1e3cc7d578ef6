// The lessons, rendered at build time from content/ by app/lessons/build/vite-plugin-lessons.ts.
declare module 'virtual:lessons' {
  import type { Lesson, LessonMeta } from './schema';
  /** Every lesson's metadata, in order. Small: the prose is loaded per lesson. */
  export const lessonIndex: readonly LessonMeta[];
  /** One lesson with its rendered steps, loaded on demand; undefined for an unknown slug. */
  export function loadLesson(slug: string): Promise<Lesson | undefined>;
}
