/**
 * The messages presenter windows (audience and speaker) exchange on a
 * BroadcastChannel: 'hello' from a window that has just opened, and 'state', the
 * whole shared state (present-state.ts) of a window after each change. Each
 * message names its sender, so a window ignores its own. Whatever arrives is read
 * field by field before use: another tab, an older build or a stray script may
 * post anything, and a refusal says why instead of throwing.
 */
import type { Model } from '../engine/model';
import {
  plainRecord,
  readSharedState,
  refusalReason,
  Refused,
  sharedToWire,
  type SharedState,
} from './present-state';

export const PRESENT_CHANNEL = 'backprop-lab-present';
const SOURCE = 'backprop-lab-present';
/**
 * 3: the dataset too (2 had none, and a window would read its silence as the one example);
 * 2 sent the whole state in one message, 1 the position and the screen apart.
 */
const VERSION = 3;

interface Envelope {
  readonly source: typeof SOURCE;
  readonly v: typeof VERSION;
  readonly sender: string;
}

export type PresentMessage =
  /** A window that has just opened asks the others for the state. */
  | (Envelope & { readonly type: 'hello' })
  | (Envelope & {
      readonly type: 'state';
      /**
       * Counts the changes this state has been through (a Lamport clock): a window
       * takes a state with a higher count than its own, ties going to the larger sender.
       */
      readonly revision: number;
      /** The sender has joined the session: it has adopted another window's state or answered a hello. */
      readonly joined: boolean;
      /** A drag or a training run is under way: the model is a preview, not yet an undo point. */
      readonly preview: boolean;
      readonly state: SharedState;
    });

export type StateMessage = Extract<PresentMessage, { type: 'state' }>;

/** What a received message is: not for us (ignored silently), refused with a reason, or read. */
export type Received =
  | { readonly kind: 'ignored' }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'message'; readonly message: PresentMessage };

const SENDER = /^[A-Za-z0-9_-]{1,80}$/;

export function helloMessage(sender: string): PresentMessage {
  return { source: SOURCE, v: VERSION, sender, type: 'hello' };
}

export function stateMessage(
  sender: string,
  fields: Pick<StateMessage, 'revision' | 'joined' | 'preview' | 'state'>,
): StateMessage {
  return { source: SOURCE, v: VERSION, sender, type: 'state', ...fields };
}

/** The message as posted: the state as plain data, so structured cloning keeps all of it. */
export function toWire(message: PresentMessage): unknown {
  return message.type === 'state' ? { ...message, state: sharedToWire(message.state) } : message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a received message against this window's network (`base` gives its shape).
 * Anything not sent by a presenter window is ignored; a presenter message that is
 * malformed — a wrong version, a missing field, a value the engine refuses — is
 * refused with the reason. Never throws.
 */
export function readPresentMessage(data: unknown, base: Model): Received {
  try {
    if (!isRecord(data) || data.source !== SOURCE) return { kind: 'ignored' };
    const fields = plainRecord(data, 'message');
    if (fields.get('v') !== VERSION) {
      throw new Refused(
        `it comes from another version of Backprop Lab (v ${String(fields.get('v')).slice(0, 20)}); reload both windows.`,
      );
    }
    const sender = fields.get('sender');
    if (typeof sender !== 'string' || !SENDER.test(sender)) {
      throw new Refused('its sender is not a window id.');
    }
    const type = fields.get('type');
    if (type === 'hello') return { kind: 'message', message: helloMessage(sender) };
    if (type !== 'state') throw new Refused(`type must be hello or state.`);
    const revision = fields.get('revision');
    if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
      throw new Refused('revision must be a whole number, 0 or more.');
    }
    const joined = fields.get('joined');
    const preview = fields.get('preview');
    if (typeof joined !== 'boolean' || typeof preview !== 'boolean') {
      throw new Refused('joined and preview must be true or false.');
    }
    const state = readSharedState(fields.get('state'), base);
    return {
      kind: 'message',
      message: stateMessage(sender, { revision, joined, preview, state }),
    };
  } catch (error) {
    return { kind: 'refused', reason: refusalReason(error) };
  }
}

/** A random id for this window, so it can tell its own messages from the others'. */
export function newSenderId(): string {
  return Math.random().toString(36).slice(2, 12) || 'window';
}
