/**
 * Keeps the audience window and the speaker view on the same step. Both post
 * their position on a BroadcastChannel; each message names its sender, so a
 * window ignores its own, and every received message is checked field by field
 * before use: another tab, an older build or a stray script may post anything.
 */

export const PRESENT_CHANNEL = 'backprop-lab-present';
const SOURCE = 'backprop-lab-present';
const VERSION = 1;

/** Where a window stands: the explorer's step, and the lesson and its step when one is open. */
export interface PresentPosition {
  readonly step: string;
  readonly lesson: string | null;
  /** 0-based */
  readonly lessonStep: number;
}

export interface PresentScreen {
  readonly blank: boolean;
  readonly valuesHidden: boolean;
}

export type PresentMessage =
  | {
      readonly source: typeof SOURCE;
      readonly v: typeof VERSION;
      readonly sender: string;
      readonly type: 'position';
      readonly position: PresentPosition;
    }
  /** What the audience sees over the page: a blank screen, the numbers hidden. */
  | {
      readonly source: typeof SOURCE;
      readonly v: typeof VERSION;
      readonly sender: string;
      readonly type: 'screen';
      readonly screen: PresentScreen;
    }
  /** A window that has just opened asks the others where they are. */
  | {
      readonly source: typeof SOURCE;
      readonly v: typeof VERSION;
      readonly sender: string;
      readonly type: 'hello';
    };

const ID = /^[A-Za-z0-9_-]{1,80}$/;
const MAX_LESSON_STEP = 10_000;

export function positionMessage(sender: string, position: PresentPosition): PresentMessage {
  return { source: SOURCE, v: VERSION, sender, type: 'position', position };
}

export function screenMessage(sender: string, screen: PresentScreen): PresentMessage {
  return { source: SOURCE, v: VERSION, sender, type: 'screen', screen };
}

export function helloMessage(sender: string): PresentMessage {
  return { source: SOURCE, v: VERSION, sender, type: 'hello' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPosition(value: unknown): PresentPosition | null {
  if (!isRecord(value)) return null;
  const { step, lesson, lessonStep } = value;
  if (typeof step !== 'string' || !ID.test(step)) return null;
  if (lesson !== null && (typeof lesson !== 'string' || !ID.test(lesson))) return null;
  if (
    typeof lessonStep !== 'number' ||
    !Number.isInteger(lessonStep) ||
    lessonStep < 0 ||
    lessonStep > MAX_LESSON_STEP
  ) {
    return null;
  }
  return { step, lesson, lessonStep };
}

/** The message, rebuilt from checked fields only, or null for anything malformed. Never throws. */
export function readPresentMessage(data: unknown): PresentMessage | null {
  try {
    if (!isRecord(data) || data.source !== SOURCE || data.v !== VERSION) return null;
    const { sender, type } = data;
    if (typeof sender !== 'string' || !ID.test(sender)) return null;
    if (type === 'hello') return helloMessage(sender);
    if (type === 'screen') {
      const screen: unknown = data.screen;
      if (!isRecord(screen)) return null;
      const { blank, valuesHidden } = screen;
      if (typeof blank !== 'boolean' || typeof valuesHidden !== 'boolean') return null;
      return screenMessage(sender, { blank, valuesHidden });
    }
    if (type !== 'position') return null;
    const position = readPosition(data.position);
    return position ? positionMessage(sender, position) : null;
  } catch {
    // A getter on a hostile object can throw; such a message is simply ignored.
    return null;
  }
}

export function samePosition(a: PresentPosition, b: PresentPosition): boolean {
  return a.step === b.step && a.lesson === b.lesson && a.lessonStep === b.lessonStep;
}

/** A random id for this window, so it can tell its own messages from the others'. */
export function newSenderId(): string {
  return Math.random().toString(36).slice(2, 12) || 'window';
}
