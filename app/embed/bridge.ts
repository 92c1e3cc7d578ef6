/**
 * The widget's side of the postMessage protocol: it answers the host page and
 * reports the state and its height. Messages are heard only from the parent
 * window (and, with parentOrigin, only from that origin); everything else is
 * dropped silently. Message data is only ever handed to the engine and the
 * store, never written into the page as markup.
 */
import { formatLayers } from '../engine/architecture';
import { DATA_KEYS, dataClearing, type DataKey } from '../engine/data-link';
import { modelFromQuery } from '../engine/query';
import type { AppState, AppStore } from '../store/app-store';
import { watchContentHeight } from './content-height';
import { message, parseIncoming, type Incoming, type Outgoing, type Refusal } from './protocol';

export interface BridgeOptions {
  readonly parentOrigin: string | null;
  /** the element whose height the host should give the iframe */
  readonly content: HTMLElement;
  /** the page's query, when it names a dataset: read once the datasets' code is here */
  readonly dataLink?: string | false;
}

/** The dataset's part of the state (data-state.ts), once that code has loaded. */
type DataPart = (
  state: AppState,
) => Pick<Extract<Outgoing, { type: 'state' }>, 'batch' | 'examples'> | null;

export function stateMessage(
  state: AppState,
  refused: readonly Refusal[],
  dataPart: DataPart | null = null,
): Outgoing {
  return message('state', {
    params: state.model.params,
    // The network, as layers= names it (a host sends it back in setParams' settings).
    layers: formatLayers(state.model.sizes),
    settings: { ...state.model.settings },
    step: state.step,
    quantities: state.trace.quantities,
    ...(refused.length > 0 && { refused }),
    ...dataPart?.(state),
    // Only a lesson the player has loaded (and so checked): its step count is known.
    ...(state.view === 'playground' &&
      state.playground !== null && {
        playground: {
          formula: state.playground.formula,
          leaves: state.playground.leaves,
          value: state.playground.value,
          values: state.playground.values,
          gradients: state.playground.gradients,
          quantities: state.playground.quantities,
          step: state.playground.step,
          mode: state.playground.mode,
        },
      }),
    ...(state.view === 'lesson' &&
      state.lessonSlug !== null &&
      state.lessonStepCount > 0 && {
        lesson: { slug: state.lessonSlug, step: state.lessonStep + 1 },
      }),
  });
}

/**
 * What the state message reports: a change to any of these sends it again (the trace
 * follows the model: its quantities change with it and nothing else that is sent).
 */
const WATCHED = [
  'model',
  'step',
  'view',
  'lessonSlug',
  'lessonStep',
  'lessonStepCount',
  'playground',
  'data',
] as const;

export function attachEmbedBridge(store: AppStore, options: BridgeOptions): () => void {
  const parent = window.parent;
  const target = options.parentOrigin ?? '*';
  const post = (data: Outgoing) => {
    if (parent !== window) parent.postMessage(data, target);
  };

  let refused: Refusal[] = [];
  let frame = 0;
  let dataPart: DataPart | null = null;
  const sendState = () => {
    cancelAnimationFrame(frame);
    frame = 0;
    post(stateMessage(store.getState(), refused, dataPart));
    refused = [];
  };
  // One state message per animation frame, however many changes a drag or a run makes.
  const scheduleState = () => {
    if (frame === 0) frame = requestAnimationFrame(sendState);
  };

  /**
   * Loads the datasets' code, then applies a link's dataset or setParams' data keys and
   * answers again: the state sent meanwhile has the model's part, this one the data's.
   */
  const withData = (entries: [DataKey, string][], link?: string) =>
    void import('./data-state').then((m) => {
      dataPart = m.applyData(store, entries, refused, link);
      scheduleState();
    });

  const apply = (incoming: Incoming) => {
    const state = store.getState();
    if (state.view === 'playground') {
      applyToPlayground(incoming);
      return;
    }
    switch (incoming.type) {
      case 'getState':
        sendState();
        return;
      case 'reset':
        state.reset();
        state.first();
        break;
      case 'goToStep':
        if (state.trace.entries.some((entry) => entry.id === incoming.id)) state.goTo(incoming.id);
        else
          refused.push({ key: 'step', message: `${incoming.id} is not a step of this network.` });
        break;
      case 'setFormula':
        refused.push({
          key: 'f',
          message: 'setFormula needs the playground (embed.html?view=playground).',
        });
        break;
      case 'setParams': {
        const entries: [string, string][] = [
          ...Object.entries(incoming.params ?? {}).map(([k, v]): [string, string] => [
            k,
            String(v),
          ]),
          ...Object.entries(incoming.settings ?? {}),
        ];
        if (entries.length === 0) break;
        const { model, notices, rest } = modelFromQuery(entries, state.model);
        refused.push(...notices.map(({ key, message: text }) => ({ key, message: text })));
        // The data keys are not the model's: they come back with the names it does not know.
        const data: [DataKey, string][] = [];
        for (const [key, value] of rest) {
          if (DATA_KEYS.includes(key as DataKey)) data.push([key as DataKey, value]);
          else
            refused.push({ key, message: `${key} is not a parameter or setting of this network.` });
        }
        if (!state.setModel(model, 'commit')) {
          refused.push({ key: 'model', message: 'The engine refused these values together.' });
        }
        // After the model: a dataset is read for the network it will feed. Clearing one needs
        // none of the datasets' code.
        const clearing = dataClearing(data);
        if (clearing === 'clear') state.setData(null);
        else if (clearing !== 'keep')
          refused.push({ key: clearing.subject, message: clearing.message });
        else if (data.length > 0) withData(data);
        break;
      }
    }
    // Every request is answered, even one that changed nothing (its refusals are the answer).
    scheduleState();
  };

  /** The playground's requests, once it has loaded (until then each is refused by name). */
  const applyToPlayground = (incoming: Incoming) => {
    const control = store.getState().playgroundControl;
    if (incoming.type === 'getState') {
      sendState();
      return;
    }
    if (!control) {
      refused.push({
        key: incoming.type,
        message: 'the playground is still loading; ask again after its first state message.',
      });
    } else if (incoming.type === 'reset') control.reset();
    else if (incoming.type === 'goToStep') {
      if (!control.goTo(incoming.id)) {
        refused.push({ key: 'step', message: `${incoming.id} is not a step of this formula.` });
      }
    } else if (incoming.type === 'setFormula') {
      refused.push(...control.setFormula(incoming.formula, incoming.values));
    } else {
      refused.push(...control.setLeaves(incoming.params ?? {}));
      for (const key of Object.keys(incoming.settings ?? {})) {
        refused.push({
          key,
          message: `${key} is a setting of the network; the playground has none.`,
        });
      }
    }
    scheduleState();
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent || parent === window) return;
    if (options.parentOrigin !== null && event.origin !== options.parentOrigin) return;
    const incoming = parseIncoming(event.data);
    if (incoming) apply(incoming);
  };
  window.addEventListener('message', onMessage);

  const unsubscribe = store.subscribe((next, previous) => {
    if (WATCHED.some((key) => next[key] !== previous[key])) scheduleState();
  });

  const stopHeight = watchContentHeight(options.content, (height) =>
    post(message('resize', { height })),
  );

  post(message('ready', {}));
  // A link's dataset: a state message with its batch follows once it is read.
  if (options.dataLink) withData([], options.dataLink);
  sendState();

  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
    stopHeight();
    cancelAnimationFrame(frame);
  };
}
