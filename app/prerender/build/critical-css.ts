/**
 * The part of a style sheet a page's markup needs for its first paint: the rules
 * whose selectors can match the classes the markup uses, and the @font-face rules
 * of the fonts those rules name. The build inlines this much of KaTeX's sheet into
 * a prerendered page, so its formulas are drawn right before the whole sheet (which
 * arrives with KaTeX's other formulas) has loaded.
 *
 * It reads flat sheets as minifiers write them (KaTeX's): top-level rules and
 * @font-face. A nested at-rule (@media, @supports) is kept whole, to be safe.
 */

interface Rule {
  readonly prelude: string;
  readonly text: string;
}

/** The sheet's top-level rules, each with its selector (or at-rule) and its whole text. */
export function topLevelRules(css: string): Rule[] {
  const rules: Rule[] = [];
  let start = 0;
  let depth = 0;
  let preludeEnd = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '{') {
      if (depth === 0) preludeEnd = i;
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) {
        rules.push({
          prelude: css.slice(start, preludeEnd).trim(),
          text: css.slice(start, i + 1).trim(),
        });
        start = i + 1;
      }
    }
  }
  return rules;
}

/** Split a selector list at its top-level commas (not those inside :not(…)). */
function selectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** Every class the markup's class attributes name. */
export function classesIn(html: string): Set<string> {
  const classes = new Set<string>();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) {
    for (const name of value!.split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

/**
 * Whether a selector could match in the markup: every class it requires outside a
 * :not(…) is used. A selector without classes is kept.
 */
function mayMatch(selector: string, classes: ReadonlySet<string>): boolean {
  const required = selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g);
  for (const [, name] of required) if (!classes.has(name!)) return false;
  return true;
}

const fontFamily = (fontFace: string) =>
  /font-family:\s*["']?([^;"'}]+)/.exec(fontFace)?.[1]?.trim() ?? '';

/** The rules of `css` that the page `html` can use, in their order. */
export function criticalCss(css: string, html: string): string {
  const classes = classesIn(html);
  const rules = topLevelRules(css);
  const kept = rules.filter((rule) => {
    if (rule.prelude.startsWith('@font-face')) return false;
    if (rule.prelude.startsWith('@')) return true;
    return selectors(rule.prelude).some((selector) => mayMatch(selector, classes));
  });
  const used = kept.map((rule) => rule.text).join('');
  const fonts = rules.filter(
    (rule) => rule.prelude.startsWith('@font-face') && used.includes(fontFamily(rule.text)),
  );
  return [...fonts, ...kept].map((rule) => rule.text).join('');
}

/**
 * The sheet's relative url(…)s rewritten for a page in another folder: `./X` in a
 * sheet under `assets/` is `./assets/X` from the page.
 */
export function rebaseUrls(css: string, sheetFolder: string): string {
  if (!sheetFolder) return css;
  return css.replace(
    /url\((["']?)(?!data:|[a-z]+:|\/)(?:\.\/)?([^)"']+)\1\)/g,
    (_, quote: string, path: string) => `url(${quote}./${sheetFolder}/${path}${quote})`,
  );
}
