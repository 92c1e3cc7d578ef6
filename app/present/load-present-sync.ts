import type { attachPresentSync } from './attach-present-sync';

/**
 * The presenter windows' sync, loaded when a talk needs it: a first visit that never
 * presents does not carry it. One load for the page; a failed one is tried again.
 */
let loading: Promise<typeof attachPresentSync> | undefined;
export function loadPresentSync(): Promise<typeof attachPresentSync> {
  return (loading ??= import('./attach-present-sync').then(
    (module) => module.attachPresentSync,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
