import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { networkNames, ARTICLE_ARCHITECTURE } from '../app/engine/architecture';
import { paramIds, SETTING_CHOICES, SETTING_KEYS } from '../app/engine/model';
import { computeTrace } from '../app/engine/trace';
import { ARTICLE_MODEL } from '../app/engine/model';
import { expectSound, mainReady, runs, watchErrors } from './hostile';

/**
 * Random query strings on every entry page: the page renders, every number is
 * finite, nothing throws, and a known key given a value that is bad by
 * construction gets a notice that names it.
 */

const PARAMS = paramIds(networkNames(ARTICLE_ARCHITECTURE));
const STEPS = computeTrace(ARTICLE_MODEL).entries.map((e) => e.id);

/** Good values per known key (a good value may still clash with another key: no notice is asserted for it). */
const GOOD: Record<string, fc.Arbitrary<string>> = {
  ...Object.fromEntries(
    PARAMS.map((id) => [
      id,
      fc.oneof(
        fc.constantFrom('0', '0,5', '-0.25', '1e-3', ' 0.7 '),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }).map(String),
      ),
    ]),
  ),
  ...Object.fromEntries(SETTING_KEYS.map((key) => [key, fc.constantFrom(...SETTING_CHOICES[key])])),
  notation: fc.constantFrom('article', 'course'),
  digits: fc.integer({ min: 1, max: 17 }).map(String),
  step: fc.constantFrom(...STEPS),
  answers: fc.constantFrom('0', '1', 'true', 'false', 'FALSE'),
};

/** Values bad for every key of a kind: none is a number in range, a choice, or a step id. */
const junk = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    'undefined',
    'null',
    '1e400',
    '-1e309',
    '0x10',
    '1_000',
    '--1',
    '١٢',
    '１',
    '<img src=x onerror=alert(1)>',
    '{"a":1}',
    '\u0000',
    '\u202e1',
    '🧠',
  ),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => `~${s}`),
  // Long values travel as tokens (expanded by `expand`), so a failing case prints short.
  fc.constantFrom('<9×10000>', '<x×10240>', '<7×10239>x', '<0.×5000>'),
);
/** Numbers beyond every parameter's range. */
const huge = fc
  .oneof(
    fc.double({ min: 1.000001e6, max: 1e300, noNaN: true }),
    fc.double({ min: -1e300, max: -1.000001e6, noNaN: true }),
  )
  .map(String);

const KNOWN = Object.keys(GOOD);
/** Keys read elsewhere than the model (bad values there have their own notices). */
const OTHER_KEYS = ['view', 'present', 'lesson', 'lstep', 'practice'];
const EMBED_KEYS = ['panels', 'controls', 'edit', 'theme', 'parentOrigin'];

interface Entry {
  readonly key: string;
  readonly value: string;
  /** bad by construction: a notice must name the key if this is the key's last value */
  readonly bad: boolean;
}

const entry: fc.Arbitrary<Entry> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...KNOWN)
      .chain((key) => GOOD[key]!.map((value) => ({ key, value, bad: false }))),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...KNOWN), junk)
      .map(([key, value]) => ({ key, value, bad: true })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PARAMS), huge)
      .map(([key, value]) => ({ key, value, bad: true })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...OTHER_KEYS, ...EMBED_KEYS),
        fc.oneof(junk, fc.constantFrom('1', 'sheet', 'speaker', 'forward-pass', 'graph,chart')),
      )
      .map(([key, value]) => ({ key, value, bad: false })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }))
      .map(([key, value]) => ({ key, value, bad: false })),
  },
);

/** Raw fragments a hand or a broken tool might leave in an address. */
const rawJunk = fc.constantFrom(
  '%',
  '%zz',
  '%E0%A4%A',
  '%00',
  '&&',
  '=',
  '==&=',
  '%C0%AF',
  '+%2B+',
  '&w5',
  '#frag',
  '%F0%9F',
);

const query = fc
  .record({
    entries: fc.array(entry, { minLength: 0, maxLength: 8 }),
    raw: fc.array(rawJunk, { maxLength: 2 }),
    /** the same key given twice: the last one counts */
    repeat: fc.boolean(),
  })
  // One 10 kB value at most: the preview server refuses request lines over 16 kB (431).
  .filter((q) => {
    const long = q.entries.filter((e) => e.value.startsWith('<')).length;
    return long + (q.repeat && q.entries[0]?.value.startsWith('<') ? 1 : 0) <= 1;
  });

/** '<9×10000>' → ten thousand nines; anything else as it is. */
const expand = (value: string) =>
  value.replace(/<(.+?)×(\d+)>/g, (_, text: string, n: string) => text.repeat(Number(n)));

const encode = (e: Entry) => `${encodeURIComponent(e.key)}=${encodeURIComponent(expand(e.value))}`;

function build(base: string, q: { entries: Entry[]; raw: string[]; repeat: boolean }) {
  const entries = q.repeat && q.entries[0] ? [...q.entries, q.entries[0]] : q.entries;
  const parts = [base, ...entries.map(encode), ...q.raw].filter((p) => p !== '');
  return { search: parts.join('&'), entries };
}

/** The keys whose last value is bad by construction (raw junk never names a known key's value). */
function expectedNotices(entries: readonly Entry[], raw: readonly string[]): string[] {
  const last = new Map<string, Entry>();
  for (const e of entries) last.set(e.key, e);
  // A raw "&w5" gives w5 an empty value after everything else.
  for (const r of raw) if (r === '&w5') last.set('w5', { key: 'w5', value: '', bad: true });
  return [...last.values()].filter((e) => e.bad).map((e) => e.key);
}

/** `runs`: the sheet renders every formula of the trace, so it gets fewer. */
const PAGES: { name: string; path: string; base: string; runs?: number }[] = [
  { name: 'explorer', path: '/', base: '' },
  { name: 'sheet', path: '/', base: 'view=sheet', runs: 4 },
  { name: 'lessons index', path: '/', base: 'view=lessons' },
  { name: 'a lesson', path: '/', base: 'lesson=forward-pass&lstep=3' },
  { name: 'presenter', path: '/', base: 'present=1' },
  { name: 'speaker view', path: '/', base: 'present=speaker' },
  { name: 'embed', path: '/embed.html', base: '' },
];

for (const { name, path, base, runs: count = 7 } of PAGES) {
  test(`random query strings on the ${name}`, async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const { search, entries } = build(base, q);
        await page.goto(`${path}?${search}`);
        await mainReady(page);
        const report = await expectSound(page, errors.take());
        for (const key of expectedNotices(entries, q.raw)) {
          expect(report.notices, `notice for ${key} in ?${search.slice(0, 200)}`).toContain(key);
        }
      }),
      runs(count),
    );
  });
}
