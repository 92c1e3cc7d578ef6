/**
 * The formulas a prerendered page carries (app/prerender/): the HTML the build drew
 * for each formula on the page, by catalog key, in a JSON script element. The
 * client's first render draws them from here, as the build did, so hydrating the
 * page's markup finds every formula already in place.
 */
import { seedTex } from './tex-html';

/** The id of the script element that carries them. */
export const PRERENDERED_TEX_ID = 'prerendered-tex';

/** An object of strings, or nothing: the element is the build's, but a page can be tampered with. */
function formulasIn(text: string): Record<string, string> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value instanceof Object &&
      !Array.isArray(value) &&
      Object.values(value).every((html) => typeof html === 'string')
      ? (value as Record<string, string>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Take the page's prerendered formulas for the first render; false if it carries none. */
export function seedPrerenderedTex(document: Document): boolean {
  const text = document.getElementById(PRERENDERED_TEX_ID)?.textContent;
  const formulas = text ? formulasIn(text) : undefined;
  if (!formulas) return false;
  seedTex(formulas);
  return true;
}
