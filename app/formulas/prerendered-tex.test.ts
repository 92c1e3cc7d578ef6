// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { inlineTex, texKey } from './formula-tex';
import { PRERENDERED_TEX_ID } from '../ui/prerendered-marks';
import { seedPrerenderedTex } from './prerendered-tex';
import { texHtmlNow } from './tex-html';

function pageWith(text: string | null): Document {
  const doc = document.implementation.createHTMLDocument('t');
  if (text !== null) {
    const script = doc.createElement('script');
    script.type = 'application/json';
    script.id = PRERENDERED_TEX_ID;
    script.textContent = text;
    doc.body.append(script);
  }
  return doc;
}

describe("a prerendered page's formulas", () => {
  afterEach(() => document.body.replaceChildren());

  it('are drawn at once, before the catalog has loaded', () => {
    const request = inlineTex('x_{seeded}');
    expect(texHtmlNow(request)).toBeUndefined();
    expect(seedPrerenderedTex(pageWith(JSON.stringify({ [texKey(request)]: '<b>x</b>' })))).toBe(
      true,
    );
    expect(texHtmlNow(request)).toBe('<b>x</b>');
  });

  it('are ignored when missing, not JSON, or not an object of strings', () => {
    for (const text of [null, '', '{', '[]', 'null', '{"a":1}']) {
      expect(seedPrerenderedTex(pageWith(text))).toBe(false);
    }
  });
});
