/**
 * The embed's own URL parameters (a public API: see README, "Embedding"), read
 * on top of the app's query contract. Reading never fails: a bad value falls
 * back to its default and a notice says so.
 */
import type { Notice } from '../engine/query';
import { readQuery } from '../store/url-state';

import { PANEL_IDS, type PanelId } from './panel-ids';

/** Every panel of the explorer, by the ids lessons use too (`chart` is the error curve alone). */
export const PANELS = PANEL_IDS;
export type Panel = PanelId;
export const DEFAULT_PANELS: readonly Panel[] = ['graph', 'formula', 'steps'];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
  readonly panels: readonly Panel[];
  /** the step buttons */
  readonly controls: boolean;
  /** whether the reader may edit numbers and settings (the host's setParams works either way) */
  readonly edit: boolean;
  readonly theme: Theme;
  /**
   * the widget's name for assistive technology: its main landmark and panels are named
   * after it, so that two widgets on one page can be told apart; null: "Backprop Lab"
   */
  readonly label: string | null;
  /** the one origin heard and written to; null: heard only from the parent window, written to '*' */
  readonly parentOrigin: string | null;
  readonly notices: readonly Notice[];
}

const shorten = (text: string) => text.slice(0, 40);

export function readEmbedOptions(search: string): EmbedOptions {
  // Cut as the app's own reader cuts it, which reports the cut (one notice is enough).
  const { query } = readQuery(search);
  // The last of a repeated key counts, as everywhere else in the query contract.
  const last = (key: string) => query.getAll(key).at(-1) ?? null;
  const notices: Notice[] = [];
  const flag = (key: string): boolean => {
    const given = last(key);
    if (given === null || given === '1' || given === 'true') return true;
    if (given === '0' || given === 'false') return false;
    notices.push({
      key,
      given: shorten(given),
      message: `${key} must be 0 or 1 (false or true); using 1 instead.`,
    });
    return true;
  };
  return {
    panels: readPanels(last('panels'), notices),
    controls: flag('controls'),
    edit: flag('edit'),
    theme: readTheme(last('theme'), notices),
    label: readLabel(last('label')),
    parentOrigin: readOrigin(last('parentOrigin'), notices),
    notices,
  };
}

function readPanels(given: string | null, notices: Notice[]): readonly Panel[] {
  if (given === null) return DEFAULT_PANELS;
  const names = given.split(',').map((name) => name.trim());
  const panels = PANELS.filter((panel) => names.includes(panel));
  const unknown = names.filter((name) => !(PANELS as readonly string[]).includes(name));
  if (unknown.length > 0 || panels.length === 0) {
    notices.push({
      key: 'panels',
      given: shorten(given),
      message:
        panels.length > 0
          ? `unknown panels left out (panels are ${PANELS.join(', ')}).`
          : `panels must list some of ${PANELS.join(', ')}; showing ${DEFAULT_PANELS.join(', ')} instead.`,
    });
  }
  return panels.length > 0 ? panels : DEFAULT_PANELS;
}

/** Plain text, as the host wrote it (React escapes it), one line and short. */
function readLabel(given: string | null): string | null {
  const label = given?.replace(/\s+/g, ' ').trim().slice(0, 80) ?? '';
  return label === '' ? null : label;
}

function readTheme(given: string | null, notices: Notice[]): Theme {
  if (given === null) return 'auto';
  if ((THEMES as readonly string[]).includes(given)) return given as Theme;
  notices.push({
    key: 'theme',
    given: shorten(given),
    message: `theme must be one of ${THEMES.join(', ')}; using auto instead.`,
  });
  return 'auto';
}

/** An origin exactly as browsers write it (scheme://host[:port]), or null with a notice. */
export function readOrigin(given: string | null, notices: Notice[]): string | null {
  if (given === null) return null;
  let origin: string | null = null;
  try {
    const url = new URL(given);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === given) {
      origin = url.origin;
    }
  } catch {
    origin = null;
  }
  if (origin === null) {
    notices.push({
      key: 'parentOrigin',
      given: shorten(given),
      message:
        'parentOrigin must be an origin such as https://example.org (no path); hearing only the parent window instead.',
    });
  }
  return origin;
}
