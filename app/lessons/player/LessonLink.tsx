import type { MouseEvent, ReactNode } from 'react';
import { useAppStoreApi } from '../../store/context';

interface LessonLinkProps {
  readonly slug: string;
  /** 0-based step to open at */
  readonly step?: number;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A link to a lesson that opens it in place, keeping the app's state; a real
 * address, so opening it in a new tab or copying it works too.
 */
export function LessonLink({ slug, step = 0, className, children }: LessonLinkProps) {
  const store = useAppStoreApi();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    store.getState().openLesson(slug, step);
    window.scrollTo(0, 0);
  };
  return (
    <a
      className={className}
      href={`?lesson=${encodeURIComponent(slug)}&lstep=${step + 1}`}
      onClick={open}
    >
      {children}
    </a>
  );
}
