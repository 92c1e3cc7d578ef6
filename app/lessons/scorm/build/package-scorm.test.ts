// @vitest-environment jsdom
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lessonIndex } from 'virtual:lessons';
import { packageScorm } from './package-scorm';
import { crc32, readZip, writeZip } from './zip';

describe('the zip writer', () => {
  it('computes the CRC-32 every zip tool checks', () => {
    // The standard check value of CRC-32 (ISO-HDLC): "123456789" → CBF43926.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('reads back what it wrote: deflated text, stored noise, an empty file, UTF-8 names', () => {
    const noise = Uint8Array.from({ length: 300 }, (_, i) => (i * 7919 + 13) % 251);
    const entries = [
      { name: 'index.html', data: new TextEncoder().encode('<p>hello</p>'.repeat(100)) },
      { name: 'assets/noise.bin', data: noise },
      { name: 'empty.txt', data: new Uint8Array() },
      { name: 'leçon/δ.txt', data: new TextEncoder().encode('δ') },
    ];
    const zip = writeZip(entries);
    // Text shrinks: it was deflated, not stored.
    expect(zip.length).toBeLessThan(1200 + 300);
    expect(readZip(zip).map((e) => [e.name, Buffer.from(e.data).toString('hex')])).toEqual(
      entries.map((e) => [e.name, Buffer.from(e.data).toString('hex')]),
    );
    // The same inputs make the same bytes.
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(zip))).toBe(true);
  });

  it('refuses a damaged archive', () => {
    const zip = Buffer.from(writeZip([{ name: 'a.txt', data: new TextEncoder().encode('abc') }]));
    const at = 30 + 'a.txt'.length; // a byte of the body
    zip.writeUInt8(zip.readUInt8(at) ^ 0xff, at);
    expect(() => readZip(zip)).toThrow(/a\.txt/);
    expect(() => readZip(new Uint8Array(10))).toThrow(/not a zip/);
  });
});

describe('the SCORM packages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A stand-in for the build: the packager ships whatever the build holds.
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><script src="./assets/main.js"></script>',
  );
  writeFileSync(join(dist, 'assets', 'main.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, '_headers'), '/*\n  X-Frame-Options: DENY');
  const built = packageScorm(dist, join(dir, 'out'));

  it('makes one package per lesson and one with every lesson', () => {
    const names = built.map((b) => b.file.split(/[\\/]/).at(-1));
    expect(names).toEqual([...lessonIndex.map((m) => `${m.slug}.zip`), 'all-lessons.zip']);
  });

  it('puts a SCORM 1.2 manifest at the root naming one SCO and every file shipped', () => {
    for (const { file, spec } of built) {
      const entries = readZip(readFileSync(file));
      expect(entries[0]!.name).toBe('imsmanifest.xml');
      const xml = new DOMParser().parseFromString(
        Buffer.from(entries[0]!.data).toString('utf8'),
        'text/xml',
      );
      expect(xml.querySelector('parsererror')).toBeNull();
      expect(xml.querySelector('schemaversion')?.textContent).toBe('1.2');
      const scos = [...xml.getElementsByTagName('resource')].filter(
        (r) => r.getAttribute('adlcp:scormtype') === 'sco',
      );
      expect(scos).toHaveLength(1);
      const listed = [...scos[0]!.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
      const shipped = entries.slice(1).map((e) => e.name);
      expect(listed.sort()).toEqual(shipped.sort());
      // What the LMS's host needs, not the package: the headers file stays out.
      expect(shipped.sort()).toEqual(['assets/main.js', 'favicon.svg', 'index.html']);
      // Relative paths only: nothing outside the package.
      for (const href of [...listed, scos[0]!.getAttribute('href')!]) {
        expect(href).not.toMatch(/^(\/|[a-z]+:|\.\.)/);
      }
      expect(scos[0]!.getAttribute('href')).toBe(spec.launch);
      const item = xml.querySelector('item');
      expect(item?.getAttribute('identifierref')).toBe(scos[0]!.getAttribute('identifier'));
    }
  });

  it('launches each lesson in the lesson, reporting on it, and the whole course at the index', () => {
    const forward = built.find(
      (b) => b.spec.identifier === `backprop-lab-${lessonIndex[0]!.slug}`,
    )!;
    const query = new URLSearchParams(forward.spec.launch.split('?')[1]);
    expect(query.get('lesson')).toBe(lessonIndex[0]!.slug);
    expect(query.get('scorm')).toBe(lessonIndex[0]!.slug);
    expect(built.at(-1)!.spec.launch).toBe('index.html?view=lessons&scorm=all');
    expect(forward.spec.title).toBe(`Backprop Lab: ${lessonIndex[0]!.title}`);
  });

  it('refuses a folder that is not a build', () => {
    expect(() => packageScorm(join(dir, 'dist', 'assets'), join(dir, 'no'))).toThrow(/build first/);
  });
});
