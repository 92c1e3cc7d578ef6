import { describe, expect, it } from 'vitest';
import { ARTICLE_MODEL } from '../engine/model';
import { readUrlState } from '../store/url-state';
import { readEmbedOptions } from './embed-options';
import { embedUrl, iframeSnippet } from './embed-snippet';

describe('embed snippet', () => {
  const model = { ...ARTICLE_MODEL, params: { ...ARTICLE_MODEL.params, w5: 0.3 } };
  const url = embedUrl('https://example.org', model, 'dE_dw5', {
    panels: ['chart', 'graph'],
    controls: false,
    theme: 'dark',
  });

  it('carries the state and the options, and the widget reads them back', () => {
    const search = new URL(url).search;
    expect(new URL(url).pathname).toBe('/embed.html');
    expect(readUrlState(search)).toMatchObject({ step: 'dE_dw5', model: { params: { w5: 0.3 } } });
    expect(readEmbedOptions(search)).toMatchObject({
      panels: ['graph', 'chart'],
      controls: false,
      theme: 'dark',
      notices: [],
    });
  });

  it('leaves defaults out and escapes the attribute', () => {
    const plain = embedUrl('https://example.org', ARTICLE_MODEL, '', {
      panels: ['graph', 'formula', 'steps'],
      controls: true,
      theme: 'auto',
    });
    expect(plain).toBe('https://example.org/embed.html');
    expect(iframeSnippet(url)).toContain('&amp;panels=graph%2Cchart');
    expect(iframeSnippet('x"><script>')).toMatch(/^<iframe src="x&quot;>&lt;script>" /);
  });
});
