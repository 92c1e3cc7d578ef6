import { useEffect } from 'react';
import type { AppState, AppStore } from '../store/app-store';
import {
  PRESENT_CHANNEL,
  helloMessage,
  newSenderId,
  positionMessage,
  readPresentMessage,
  screenMessage,
  type PresentPosition,
} from './present-sync';

function positionOf(state: AppState): PresentPosition {
  const lesson = state.view === 'lesson' ? state.lessonSlug : null;
  // On the playground the step is the playground's own (df_dx), once it has loaded.
  const step = state.view === 'playground' ? (state.playground?.step ?? state.step) : state.step;
  return { step, lesson, lessonStep: state.lessonStep };
}

/**
 * What counts as a move worth telling the other window. In a lesson only the page:
 * each page sets the computation's step itself, and echoing that second change
 * could pull a window that has already moved on back by one.
 */
function moveKey(position: PresentPosition): string {
  return position.lesson === null
    ? `step:${position.step}`
    : `lesson:${position.lesson}:${position.lessonStep}`;
}

function apply(state: AppState, position: PresentPosition): void {
  if (state.view === 'playground' && position.lesson === null) {
    state.playgroundControl?.goTo(position.step);
    return;
  }
  if (position.lesson === null) {
    if (state.view === 'lesson') state.setView('explorer');
    state.goTo(position.step);
    return;
  }
  // Until the lesson has loaded here its length is unknown, so the step is taken as given.
  if (
    state.view !== 'lesson' ||
    state.lessonSlug !== position.lesson ||
    state.lessonStepCount === 0
  ) {
    state.openLesson(position.lesson, position.lessonStep);
  } else {
    state.setLessonStep(position.lessonStep);
  }
}

/**
 * Keeps this window on the same step as the other presenter windows (audience and
 * speaker), in both directions, and the audience's screen (blank, numbers hidden)
 * under the speaker's control. A window ignores its own messages, and a move it
 * received is not sent back, so two windows never bounce a step between them.
 */
export function usePresentSync(store: AppStore): void {
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(PRESENT_CHANNEL);
    const sender = newSenderId();
    let applying = false;
    const post = (message: unknown) => {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (the page is going away) has no one left to tell.
      }
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const message = readPresentMessage(event.data);
      if (!message || message.sender === sender) return;
      const state = store.getState();
      if (message.type === 'hello') {
        post(positionMessage(sender, positionOf(state)));
        post(screenMessage(sender, { blank: state.blank, valuesHidden: state.valuesHidden }));
        return;
      }
      if (message.type === 'screen') {
        applying = true;
        try {
          state.setBlank(message.screen.blank);
          state.setValuesHidden(message.screen.valuesHidden);
        } finally {
          applying = false;
        }
        return;
      }
      if (moveKey(message.position) === moveKey(positionOf(state))) return;
      applying = true;
      try {
        apply(state, message.position);
      } finally {
        applying = false;
      }
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (applying) return;
      const now = positionOf(state);
      if (moveKey(now) !== moveKey(positionOf(previous))) post(positionMessage(sender, now));
      if (state.blank !== previous.blank || state.valuesHidden !== previous.valuesHidden) {
        post(screenMessage(sender, { blank: state.blank, valuesHidden: state.valuesHidden }));
      }
    });
    // Ask the windows already open where they are, so a new one joins in step.
    post(helloMessage(sender));
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [store]);
}
