import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  helloMessage,
  positionMessage,
  readPresentMessage,
  samePosition,
  screenMessage,
  type PresentPosition,
} from './present-sync';

const position: PresentPosition = { step: 'dE_dw5', lesson: 'forward-pass', lessonStep: 2 };

describe('readPresentMessage', () => {
  it('accepts well-formed messages as they were sent', () => {
    expect(readPresentMessage(positionMessage('abc', position))).toEqual(
      positionMessage('abc', position),
    );
    const explorer = { ...position, lesson: null, lessonStep: 0 };
    expect(readPresentMessage(positionMessage('abc', explorer))).toEqual(
      positionMessage('abc', explorer),
    );
    expect(readPresentMessage(helloMessage('x1'))).toEqual(helloMessage('x1'));
    const screen = screenMessage('s', { blank: true, valuesHidden: false });
    expect(readPresentMessage(screen)).toEqual(screen);
  });

  it('drops fields it does not know', () => {
    const message = { ...positionMessage('abc', position), extra: '<script>' };
    expect(readPresentMessage(message)).toEqual(positionMessage('abc', position));
  });

  it.each([
    null,
    undefined,
    'position',
    42,
    [],
    { ...helloMessage('a'), source: 'other' },
    { ...helloMessage('a'), v: 2 },
    { ...helloMessage('a'), sender: '' },
    { ...helloMessage('a'), sender: 'a b' },
    { ...helloMessage('a'), type: 'jump' },
    { ...positionMessage('a', position), position: null },
    { ...screenMessage('a', { blank: true, valuesHidden: true }), screen: null },
    {
      ...screenMessage('a', { blank: true, valuesHidden: true }),
      screen: { blank: 1, valuesHidden: true },
    },
    { ...screenMessage('a', { blank: true, valuesHidden: true }), screen: { blank: true } },
    { ...positionMessage('a', position), position: { ...position, step: 7 } },
    { ...positionMessage('a', position), position: { ...position, step: '../x' } },
    { ...positionMessage('a', position), position: { ...position, lesson: 3 } },
    { ...positionMessage('a', position), position: { ...position, lessonStep: -1 } },
    { ...positionMessage('a', position), position: { ...position, lessonStep: 1.5 } },
    { ...positionMessage('a', position), position: { ...position, lessonStep: NaN } },
    { ...positionMessage('a', position), position: { ...position, lessonStep: '2' } },
  ])('refuses %j', (data) => {
    expect(readPresentMessage(data)).toBeNull();
  });

  it('survives a message whose fields throw when read', () => {
    const hostile = Object.defineProperty({}, 'source', {
      get() {
        throw new Error('boom');
      },
    });
    expect(readPresentMessage(hostile)).toBeNull();
  });

  it('never throws on random payloads, and refuses them unless well-formed', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (data) => {
        const read = readPresentMessage(data);
        expect(read).toBeNull();
      }),
    );
  });

  it('accepts exactly the well-formed positions among random ones', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/);
    fc.assert(
      fc.property(
        id,
        fc.oneof(id, fc.constant(null)),
        fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double(), fc.string()),
        (step, lesson, lessonStep) => {
          const data = {
            source: 'backprop-lab-present',
            v: 1,
            sender: 's',
            type: 'position',
            position: { step, lesson, lessonStep },
          };
          const valid =
            typeof lessonStep === 'number' &&
            Number.isInteger(lessonStep) &&
            lessonStep >= 0 &&
            lessonStep <= 10_000;
          expect(readPresentMessage(data) !== null).toBe(valid);
        },
      ),
    );
  });
});

describe('samePosition', () => {
  it('compares every field', () => {
    expect(samePosition(position, { ...position })).toBe(true);
    expect(samePosition(position, { ...position, lessonStep: 3 })).toBe(false);
    expect(samePosition(position, { ...position, step: 'net_h1' })).toBe(false);
  });
});
