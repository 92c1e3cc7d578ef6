/**
 * Keeps every presenter window (the audience's and the speaker's, any number)
 * on one shared state, in both directions: each change a window makes is posted
 * as the whole state, and the other windows take it.
 *
 * Which state wins is decided by a revision count (a Lamport clock): each change
 * a window makes counts one more than the highest it has seen, and a window takes
 * a state only if it counts more than its own (ties go to the larger sender id),
 * so all windows settle on the same state whatever order messages arrive in. A
 * window that has just opened says hello and takes the first state of a window
 * already in the session, whatever its count: it joins the talk where it stands —
 * unless it has changed something first (a key pressed as it loaded), which then
 * counts like any other change.
 *
 * What a received state sets in motion here (a lesson page setting its numbers
 * and its step) is a change of this window's own, posted in turn; the other
 * window derives the same (SpeakerLessonNotes does what the lesson player does),
 * so the two agree instead of pulling each other back a page.
 */
import type { AppState, AppStore } from '../store/app-store';
import type { PlaygroundShown } from '../store/playground-slice';
import { sameData, sharedDataOf } from './present-data';
import { playgroundQueryOf } from './present-playground';
import { sameModelValues, sameShared, sharedOf, type SharedState } from './present-state';
import {
  PRESENT_CHANNEL,
  helloMessage,
  newSenderId,
  readPresentMessage,
  stateMessage,
  toWire,
  type StateMessage,
} from './present-sync';

/** The notice that says a message from another window was refused. */
export const SYNC_NOTICE = 'other window';

interface Snapshot {
  readonly shared: SharedState;
  readonly preview: boolean;
}

const snapshotOf = (state: AppState): Snapshot => ({
  shared: sharedOf(state),
  preview: state.gestureStart !== null,
});

/** Sets this window to a received state, in the order the store needs: numbers, page, step. */
function applyShared(store: AppStore, shared: SharedState, preview: boolean): void {
  const get = store.getState;
  if (get().notation !== shared.notation) get().setNotation(shared.notation);
  if (get().digits !== shared.digits) get().setDigits(shared.digits);
  // The end of a drag in the other window: the last preview becomes an undo point here too.
  if (!sameModelValues(get().model, shared.model) || (!preview && get().gestureStart !== null)) {
    get().setModel(shared.model, preview ? 'preview' : 'commit');
  }
  // The model above already holds the shown row's inputs and targets: the rows and the
  // row's number are set as they are, not through setData (which would show the first row).
  if (!sameData(sharedDataOf(get()), shared.data)) {
    store.setState({ data: shared.data?.setup ?? null, example: shared.data?.example ?? 0 });
  }
  const lesson = shared.lesson;
  if (lesson) {
    const state = get();
    // Until the lesson has loaded here its length is unknown, so the page is taken as given.
    if (
      state.view !== 'lesson' ||
      state.lessonSlug !== lesson.slug ||
      state.lessonStepCount === 0
    ) {
      state.openLesson(lesson.slug, lesson.step);
    } else if (state.lessonStep !== lesson.step) {
      state.setLessonStep(lesson.step);
    }
    if (get().practiceSeed !== lesson.practice) get().setPractice(lesson.practice);
  } else {
    if (get().view !== shared.view) get().setView(shared.view);
    if (get().showAll !== shared.showAll) get().setShowAll(shared.showAll);
  }
  if (shared.playground) showPlayground(store, shared.playground);
  if (get().step !== shared.step) get().goTo(shared.step);
  if (get().blank !== shared.blank) get().setBlank(shared.blank);
  if (get().valuesHidden !== shared.valuesHidden) get().setValuesHidden(shared.valuesHidden);
}

/**
 * The other window's formula, leaves and step: the mounted playground takes them
 * (checking each), or, while it loads, starts from them.
 */
function showPlayground(store: AppStore, shared: PlaygroundShown): void {
  const state = store.getState();
  const control = state.playgroundControl;
  if (!control) {
    state.setPlaygroundQuery(playgroundQueryOf(shared));
    return;
  }
  const refused = control.show(shared);
  if (refused.length === 0) return;
  // One notice for the whole message: each refusal named, in the order they were met.
  state.addNotice({
    key: SYNC_NOTICE,
    given: refused.map((r) => r.key).join(', '),
    message: `${refused
      .map(
        (r) =>
          `the other presenter window's ${r.key} was refused: ${r.message.replace(/\.?$/, '.')}`,
      )
      .join(' ')} This window keeps its own.`,
  });
}

export interface PresentSyncOptions {
  /**
   * true for a window opened to present (?present= in its address): it takes the state
   * of the talk it joins. false for one that enters presenter mode with work of its own:
   * its state leads, and the windows already open take it.
   */
  readonly fresh: boolean;
  readonly channelName?: string;
}

/** Joins this window to the others. Returns the detach. */
export function attachPresentSync(
  store: AppStore,
  { fresh, channelName = PRESENT_CHANNEL }: PresentSyncOptions,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(channelName);
  const sender = newSenderId();
  let revision = 0;
  let joined = false;
  let applying = false;
  let known = snapshotOf(store.getState());

  const post = (message: unknown) => {
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel (the page is going away) has no one left to tell.
    }
  };
  const postState = () =>
    post(
      toWire(
        stateMessage(sender, { revision, joined, preview: known.preview, state: known.shared }),
      ),
    );
  const unchanged = (now: Snapshot) =>
    now.preview === known.preview && sameShared(now.shared, known.shared);
  /** Takes in this window's own changes since the last post; true if there were any. */
  const refresh = (): boolean => {
    const now = snapshotOf(store.getState());
    if (unchanged(now)) return false;
    known = now;
    revision += 1;
    return true;
  };

  const take = (message: StateMessage) => {
    const untouched = revision === 0 && unchanged(snapshotOf(store.getState()));
    // This window's changes not yet sent count before any comparison.
    if (refresh()) postState();
    if (!joined && message.joined && !fresh) {
      // Entering presenter mode with work of its own: this window's state leads.
      joined = true;
      revision = Math.max(revision, message.revision) + 1;
      known = snapshotOf(store.getState());
      postState();
      return;
    }
    // A window that has just opened, and done nothing yet, takes the talk where it stands.
    const joining = !joined && message.joined && untouched;
    const newer =
      message.revision > revision || (message.revision === revision && message.sender > sender);
    joined ||= message.joined;
    if (!joining && !newer) return;
    revision = message.revision;
    applying = true;
    try {
      applyShared(store, message.state, message.preview);
    } finally {
      applying = false;
    }
    known = snapshotOf(store.getState());
  };

  channel.onmessage = (event: MessageEvent<unknown>) => {
    const received = readPresentMessage(event.data, store.getState().model);
    if (received.kind === 'ignored') return;
    if (received.kind === 'refused') {
      store.getState().addNotice({
        key: SYNC_NOTICE,
        given: '',
        message: `a message from another presenter window was refused: ${received.reason} This window keeps its own state.`,
      });
      return;
    }
    const { message } = received;
    if (message.sender === sender) return;
    if (message.type === 'state') return take(message);
    // Answering a newcomer makes this window part of the talk it joins.
    joined = true;
    refresh();
    postState();
  };

  // A change and what it sets in motion within the same task (a lesson page and the numbers
  // and step it brings, through React's effects) leave as one state, in a task of their own.
  // A MessageChannel, not a timer: a timer in a background tab waits up to a minute.
  const tick = new MessageChannel();
  let scheduled = false;
  tick.port1.onmessage = () => {
    scheduled = false;
    if (refresh()) postState();
  };
  const unsubscribe = store.subscribe(() => {
    if (applying || scheduled) return;
    scheduled = true;
    tick.port2.postMessage(null);
  });
  post(helloMessage(sender));
  return () => {
    unsubscribe();
    channel.close();
    tick.port1.close();
  };
}
