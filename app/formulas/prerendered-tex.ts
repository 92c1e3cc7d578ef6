/**
 * The formulas a prerendered page carries (app/prerender/): the HTML the build drew
 * for each formula on the page, by catalog key, in a JSON script element. The
 * client's first render draws them from here, as the build did, so hydrating the
 * page's markup finds every formula already in place.
 */
import { PRERENDERED_TEX_ID } from '../ui/prerendered-marks';
import { seedTex } from './tex-html';

/**
 * Take the page's prerendered formulas for the first render; false if it carries
 * none, or not an object of strings (the element is the build's, but a page can be
 * tampered with).
 */
export function seedPrerenderedTex(document: Document): boolean {
  try {
    const formulas: unknown = JSON.parse(
      document.getElementById(PRERENDERED_TEX_ID)?.textContent ?? '',
    );
    if (
      !(formulas instanceof Object) ||
      Array.isArray(formulas) ||
      !Object.values(formulas).every((html) => typeof html === 'string')
    ) {
      return false;
    }
    seedTex(formulas as Record<string, string>);
    return true;
  } catch {
    return false;
  }
}
