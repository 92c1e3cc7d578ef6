import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_CSP, headersFor, HOST_HELPER_PATH, PAGE_CSP } from './security-headers';

/** path → header → value, from the static hosts' _headers format. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) rules.set(line.trim(), (current = new Map()));
    else {
      const at = line.indexOf(':');
      current?.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

describe('security headers', () => {
  it('let only the widget be framed by other sites', () => {
    expect(headersFor('/embed.html?panels=graph')['Content-Security-Policy']).toBe(EMBED_CSP);
    expect(headersFor('/')['Content-Security-Policy']).toBe(PAGE_CSP);
    expect(headersFor('/embed-demo.html')['Content-Security-Policy']).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("frame-ancestors 'self'");
    expect(EMBED_CSP).toContain('frame-ancestors *');
    for (const csp of [PAGE_CSP, EMBED_CSP]) {
      expect(csp).not.toContain('unsafe-eval');
      // Scripts from the site, and the one inline script by its hash (FIRST_PAINT_SCRIPT).
      expect(csp).toMatch(/script-src 'self' 'sha256-[\w+/]+=*';/);
    }
  });

  it('let any origin import the host helper, and nothing else', () => {
    expect(headersFor(`${HOST_HELPER_PATH}?v=1`)['Access-Control-Allow-Origin']).toBe('*');
    for (const path of ['/', '/embed.html', '/embed-demo.html', '/embed-demo.js', '/assets/x.js']) {
      expect(headersFor(path)).not.toHaveProperty('Access-Control-Allow-Origin');
    }
  });

  it('match the static hosts’ public/_headers', () => {
    const rules = readHeadersFile(readFileSync('public/_headers', 'utf8'));
    expect(rules.get('/*')?.get('X-Content-Type-Options')).toBe('nosniff');
    expect(rules.get('/*')?.get('Referrer-Policy')).toBe(headersFor('/')['Referrer-Policy']);
    for (const path of ['/', '/index.html', '/embed-demo.html', '/embed.html', '/embed']) {
      expect(rules.get(path)?.get('Content-Security-Policy')).toBe(
        headersFor(path)['Content-Security-Policy'],
      );
    }
    expect(rules.get(HOST_HELPER_PATH)?.get('Access-Control-Allow-Origin')).toBe(
      headersFor(HOST_HELPER_PATH)['Access-Control-Allow-Origin'],
    );
    const allowing = [...rules].filter(([, headers]) => headers.has('Access-Control-Allow-Origin'));
    expect(allowing.map(([path]) => path)).toEqual([HOST_HELPER_PATH]);
  });
});
