/**
 * Types for the host-side helper public/backprop-lab-embed.js (served at
 * /backprop-lab-embed.js), the one implementation, written without a build step.
 */
import type { Outgoing } from './protocol';

export interface MountOptions {
  /** the widget's origin, e.g. "https://example.org" */
  readonly origin: string;
  /** set the iframe's height from the widget's `resize` messages (default true) */
  readonly autoSize?: boolean;
}

export interface EmbedHandle {
  setParams(values: {
    params?: Readonly<Record<string, number | string>>;
    settings?: Readonly<Record<string, string>>;
  }): void;
  goToStep(id: string): void;
  /** the playground (embed.html?view=playground): a new formula, and optionally its leaves' values */
  setFormula(formula: string, values?: Readonly<Record<string, number | string>>): void;
  getState(): void;
  reset(): void;
  on<T extends Outgoing['type']>(
    type: T,
    handler: (message: Extract<Outgoing, { type: T }>) => void,
  ): () => void;
  destroy(): void;
}

export function mount(iframe: HTMLIFrameElement, options: MountOptions): EmbedHandle;
