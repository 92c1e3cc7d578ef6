/**
 * The names the build's prerendered markup (app/prerender/) and the page that takes
 * it over (mount-page.tsx, formulas/prerendered-tex.ts) agree on. This module imports
 * nothing, so the build's plugin reads it too.
 */

/** The id of the script element that carries a prerendered page's formulas (JSON, by catalog key). */
export const PRERENDERED_TEX_ID = 'prerendered-tex';

/** On the root element while it holds the build's markup. */
export const PRERENDERED_MARK = 'data-prerendered';
