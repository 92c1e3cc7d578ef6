import { loadLesson } from 'virtual:lessons';
import { useEffect, useState } from 'react';
import type { Lesson } from '../schema';

export type LessonLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'ready'; readonly lesson: Lesson };

/** The lesson of a slug, loaded on demand (each lesson is its own chunk). */
export function useLesson(slug: string | null): LessonLoad {
  const [loaded, setLoaded] = useState<{ slug: string; lesson: Lesson | undefined } | null>(null);
  useEffect(() => {
    if (slug === null) return;
    let current = true;
    loadLesson(slug).then(
      (lesson) => current && setLoaded({ slug, lesson }),
      // A chunk that fails to load (offline after an update) reads as a missing lesson.
      () => current && setLoaded({ slug, lesson: undefined }),
    );
    return () => {
      current = false;
    };
  }, [slug]);
  if (slug === null) return { status: 'missing' };
  if (loaded?.slug !== slug) return { status: 'loading' };
  return loaded.lesson ? { status: 'ready', lesson: loaded.lesson } : { status: 'missing' };
}
