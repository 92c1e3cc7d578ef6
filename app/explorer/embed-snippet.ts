/**
 * The iframe snippet the Share dialog writes: the widget at the current state
 * (parameters, settings, step) with the chosen options.
 */
import { modelToQuery } from '../engine/query';
import type { Model } from '../engine/model';
import { DEFAULT_PANELS, PANELS, type Panel, type Theme } from './embed-options';

export interface SnippetChoices {
  readonly panels: readonly Panel[];
  readonly controls: boolean;
  readonly theme: Theme;
}

export function embedUrl(
  origin: string,
  model: Model,
  step: string,
  choices: SnippetChoices,
): string {
  const query = new URLSearchParams(modelToQuery(model));
  if (step !== '') query.set('step', step);
  const panels = PANELS.filter((panel) => choices.panels.includes(panel));
  if (panels.length > 0 && panels.join(',') !== DEFAULT_PANELS.join(',')) {
    query.set('panels', panels.join(','));
  }
  if (!choices.controls) query.set('controls', '0');
  if (choices.theme !== 'auto') query.set('theme', choices.theme);
  const text = query.toString();
  return `${origin}/embed.html${text ? `?${text}` : ''}`;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeSnippet(url: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="Backprop Lab" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}
