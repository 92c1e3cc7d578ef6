// Imported once by the build (vite-plugin-prerender.ts): the pages render while this module
// is evaluated, because the build's module runner closes once the import has finished, and
// rendering loads the app's lazy parts.
import { PAGE_FILES, type FileView } from '../store/page-files';
import { renderApp, renderEmbed, type PrerenderedPage } from './render-pages';

export const explorer = await renderApp('');
export const embed = await renderEmbed();
/** The views with files of their own, by view; one at a time, as each records its formulas. */
export const views = {} as Record<FileView, PrerenderedPage>;
for (const view of Object.keys(PAGE_FILES) as FileView[]) {
  views[view] = await renderApp(`?view=${view}`);
}
