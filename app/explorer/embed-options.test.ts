import { describe, expect, it } from 'vitest';
import { DEFAULT_PANELS, readEmbedOptions } from './embed-options';

describe('readEmbedOptions', () => {
  it('has defaults', () => {
    const options = readEmbedOptions('');
    expect(options).toMatchObject({
      panels: DEFAULT_PANELS,
      controls: true,
      edit: true,
      theme: 'auto',
      parentOrigin: null,
    });
    expect(options.notices).toEqual([]);
  });

  it('reads every option', () => {
    const options = readEmbedOptions(
      '?panels=chart,graph&controls=0&edit=0&theme=dark&parentOrigin=https://example.org',
    );
    expect(options).toMatchObject({
      panels: ['graph', 'chart'],
      controls: false,
      edit: false,
      theme: 'dark',
      parentOrigin: 'https://example.org',
    });
  });

  it('falls back with a notice for each bad value', () => {
    const options = readEmbedOptions(
      '?panels=nope&controls=yes&theme=pink&parentOrigin=https://example.org/path',
    );
    expect(options.panels).toEqual(DEFAULT_PANELS);
    expect(options.controls).toBe(true);
    expect(options.theme).toBe('auto');
    expect(options.parentOrigin).toBeNull();
    expect(options.notices.map((n) => n.key)).toEqual([
      'panels',
      'controls',
      'theme',
      'parentOrigin',
    ]);
    expect(readEmbedOptions('?parentOrigin=javascript:alert(1)').parentOrigin).toBeNull();
    expect(readEmbedOptions('?panels=graph,bogus').panels).toEqual(['graph']);
  });

  it('reads edit as 0/1 or false/true; anything else keeps editing on with a notice', () => {
    expect(readEmbedOptions('?edit=0').edit).toBe(false);
    expect(readEmbedOptions('?edit=false').edit).toBe(false);
    expect(readEmbedOptions('?edit=1').edit).toBe(true);
    expect(readEmbedOptions('?edit=true').edit).toBe(true);
    expect(readEmbedOptions('?edit=0').notices).toEqual([]);
    const bad = readEmbedOptions('?edit=no');
    expect(bad.edit).toBe(true);
    expect(bad.notices).toEqual([expect.objectContaining({ key: 'edit', given: 'no' })]);
  });

  it('reads label as one short line of text, or none', () => {
    expect(readEmbedOptions('').label).toBeNull();
    expect(readEmbedOptions('?label=%20%20').label).toBeNull();
    expect(readEmbedOptions('?label=Widget%20%0A%20A').label).toBe('Widget A');
    expect(readEmbedOptions(`?label=${'x'.repeat(200)}`).label).toHaveLength(80);
  });

  it('takes the last of a repeated key, as the rest of the query contract does', () => {
    const options = readEmbedOptions(
      '?theme=pink&theme=dark&edit=maybe&edit=0&panels=x&panels=chart',
    );
    expect(options.theme).toBe('dark');
    expect(options.edit).toBe(false);
    expect(options.panels).toEqual(['chart']);
    expect(options.notices).toEqual([]);
  });

  it('reads an option after a 10 kB value', () => {
    expect(readEmbedOptions(`?w5=${'9'.repeat(10_000)}&theme=dark`).theme).toBe('dark');
  });
});
