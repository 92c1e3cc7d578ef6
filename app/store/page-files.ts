/**
 * Views the build also writes as HTML files of their own, drawn in their default
 * state (app/prerender/): with JavaScript off, the header's links reach them and
 * they read and print as pages. With JavaScript, each file is only another way in
 * to the one app: the page takes the view's address (`./?view=sheet`) and goes on
 * as if opened there. This module imports nothing, so the build reads it too.
 */
export const PAGE_FILES = {
  sheet: { file: 'sheet.html', title: 'The worked example' },
  lessons: { file: 'lessons.html', title: 'Lessons' },
} as const;

export type FileView = keyof typeof PAGE_FILES;

/** The view whose file a path names (`/course/sheet.html` → sheet), if any. */
export function viewOfPath(pathname: string): FileView | undefined {
  const file = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (Object.keys(PAGE_FILES) as FileView[]).find((view) => PAGE_FILES[view].file === file);
}

/**
 * The app's own address for a view's file: its folder, with the view in the query
 * ahead of any other setting (`/c/sheet.html?answers=0` → `/c/?view=sheet&answers=0`).
 */
export function appAddress(pathname: string, search: string, view: FileView): string {
  const folder = pathname.slice(0, pathname.lastIndexOf('/') + 1);
  const rest = new URLSearchParams(search);
  rest.delete('view');
  const query = new URLSearchParams([['view', view], ...rest]);
  return `${folder}?${query}`;
}
