import { describe, expect, it } from 'vitest';
import { findScormApi } from './scorm-api';

const api = Object.fromEntries(
  [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
  ].map((call) => [call, () => 'true']),
);

/** A window `depth` frames under a top window that has `own` as its API, opened by `opener`. */
function chain(depth: number, own: unknown, opener: Window | null = null): Window {
  const top: Record<string, unknown> = { API: own, opener };
  top.parent = top;
  top.top = top;
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win, top, opener: null };
  return win as unknown as Window;
}

describe('finding the LMS’s SCORM 1.2 API', () => {
  it('looks up the frames, as far as seven levels', () => {
    expect(findScormApi(chain(0, api))).toBe(api);
    expect(findScormApi(chain(7, api))).toBe(api);
    expect(findScormApi(chain(8, api))).toBeNull();
  });

  it('then up the frames of the window that opened the lesson', () => {
    const lms = chain(2, api);
    expect(findScormApi(chain(1, undefined, lms))).toBe(api);
  });

  it('takes only an object with every call, and treats another origin’s frame as none', () => {
    expect(findScormApi(chain(1, { LMSInitialize: () => 'true' }))).toBeNull();
    expect(findScormApi(chain(1, 'API'))).toBeNull();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      opener: null,
    } as Record<string, unknown>;
    foreign.parent = foreign;
    const framed = { parent: foreign, top: foreign, opener: null } as unknown as Window;
    expect(findScormApi(framed)).toBeNull();
  });
});
