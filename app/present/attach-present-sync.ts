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
 * already in the session, whatever its count: it joins the talk where it stands.
 *
 * What a received state sets in motion here (a lesson page setting its numbers
 * and its step) is a change of this window's own, posted in turn; the other
 * window derives the same (SpeakerLessonNotes does what the lesson player does),
 * so the two agree instead of pulling each other back a page.
 */
import type { AppState, AppStore } from '../store/app-store';
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
  if (get().step !== shared.step) get().goTo(shared.step);
  if (get().blank !== shared.blank) get().setBlank(shared.blank);
  if (get().valuesHidden !== shared.valuesHidden) get().setValuesHidden(shared.valuesHidden);
}

/** Joins this window to the others on `channelName`. Returns the detach. */
export function attachPresentSync(store: AppStore, channelName = PRESENT_CHANNEL): () => void {
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
  /** Takes in this window's own changes since the last post; true if there were any. */
  const refresh = (): boolean => {
    const now = snapshotOf(store.getState());
    if (now.preview === known.preview && sameShared(now.shared, known.shared)) return false;
    known = now;
    revision += 1;
    return true;
  };

  const take = (message: StateMessage) => {
    if (joined && !message.joined) return; // a newcomer's start, before it has the talk's state
    const joining = !joined && message.joined;
    const newer =
      message.revision > revision || (message.revision === revision && message.sender > sender);
    if (!joining && !newer) return;
    revision = message.revision;
    joined ||= message.joined;
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
