/**
 * The dataset a link names (data=, batch=, reduce=, shuffle=, seed=), read once
 * the datasets' code has loaded: pages whose link names none never load it. A
 * refusal is a notice, as for every other part of the address.
 */
import { dataFromQuery } from '../engine/data-query';
import type { AppStore } from './app-store';
import { readQuery } from './url-state';

export function applyDataQuery(store: AppStore, search: string): void {
  const { query } = readQuery(search);
  const state = store.getState();
  // A dataset already in force came while this code loaded (a presenter window joining a
  // talk, a host's message): it is newer than the address the page opened with.
  if (state.data !== null) return;
  const { setup, notices } = dataFromQuery(
    (key) => query.getAll(key).at(-1) ?? undefined,
    state.model.sizes,
  );
  if (notices.length > 0) store.setState({ notices: [...state.notices, ...notices] });
  if (setup === null) return;
  const past = state.past;
  // The link's data is where the page starts, not an edit to undo.
  if (store.getState().setData(setup)) store.setState({ past });
}
