/**
 * The explorer's panels by one set of names, shared by the explorer's tabs, a
 * lesson step's `panels:`, the embed's `panels=` and the share dialog. Plain
 * data (no React), so the lessons' build can check a step's panels in Node;
 * panel-registry.tsx draws them.
 */
export const PANEL_IDS = [
  'graph',
  'formula',
  'steps',
  'params',
  'values',
  'settings',
  'train',
  'chart',
  'check',
  'data',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export const isPanelId = (text: string): text is PanelId =>
  (PANEL_IDS as readonly string[]).includes(text);

/**
 * Each panel's accessible name (its region's label) and its heading where a
 * page shows one above it; the tool panels carry their own headings.
 */
export const PANEL_NAMES: Readonly<Record<PanelId, { label: string; heading?: string }>> = {
  graph: { label: 'Network' },
  formula: { label: 'Current step' },
  steps: { label: 'Step-through' },
  params: { label: 'Numbers', heading: 'Numbers' },
  values: { label: 'Computed', heading: 'Computed' },
  settings: { label: 'Settings', heading: 'Settings' },
  // The training controls with their error curve.
  train: { label: 'Training' },
  // The error curve alone.
  chart: { label: 'Error curve', heading: 'Error curve' },
  check: { label: 'Check' },
  // Many examples: the batch's table, its average, training over epochs.
  data: { label: 'Data', heading: 'Data' },
};
