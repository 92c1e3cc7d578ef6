import type { Notice } from '../engine/query';
import { readEmbedOptions, type EmbedOptions } from '../explorer/embed-options';
import { createAppStore, type AppStore } from '../store/app-store';
import { readUrlState } from '../store/url-state';
import { LESSON_MISSING } from './lesson-notice';

/** A refused lesson name falls back to the widget's panels, not to the app's list of lessons. */
const inWidget = (notice: Notice): Notice =>
  notice.key === 'lesson' ? { ...notice, message: LESSON_MISSING } : notice;

/**
 * The widget's options and state for its address: one function for the page and for
 * the build, which draws the widget with no query (app/prerender/) exactly as the
 * page will.
 */
export function embedStore(search: string): { options: EmbedOptions; store: AppStore } {
  const options = readEmbedOptions(search);
  const initial = readUrlState(search);
  const store = createAppStore({
    ...initial,
    // The widget shows its panels or, with ?lesson=…, that one lesson, or with ?view=playground
    // the playground: the app's other views do not apply.
    view:
      initial.view === 'lesson' && initial.lesson !== undefined
        ? 'lesson'
        : initial.view === 'playground'
          ? 'playground'
          : 'explorer',
    editable: options.edit,
    notices: [...(initial.notices ?? []).map(inWidget), ...options.notices],
  });
  return { options, store };
}
