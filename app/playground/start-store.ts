/** The playground's store, started from the address the app was opened with. */
import { EngineError } from '../engine/errors';
import { readPlaygroundQuery } from '../engine/expr-query';
import type { AppStore } from '../store/app-store';
import { createPlaygroundStore, type PlaygroundStore } from './playground-store';

/** The playground's store from the address, with a notice for everything refused there. */
export function startStore(app: AppStore): PlaygroundStore {
  const request = readPlaygroundQuery(app.getState().playgroundQuery);
  for (const notice of request.notices) app.getState().addNotice(notice);
  let store: PlaygroundStore;
  try {
    store = createPlaygroundStore(request);
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    const fallback = readPlaygroundQuery([]);
    app.getState().addNotice({
      key: 'f',
      given: request.graph.formula.slice(0, 40),
      message: `${error.message}; showing ${fallback.graph.formula} instead.`,
    });
    store = createPlaygroundStore(fallback);
  }
  if (request.step !== null && store.getState().step !== request.step) {
    app.getState().addNotice({
      key: 'step',
      given: request.step.slice(0, 40),
      message: `step must be a step of this formula (${store.getState().steps[0]!.id}, …); starting at the first step instead.`,
    });
  }
  return store;
}
