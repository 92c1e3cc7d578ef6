/**
 * Code that runs inside the benchmarked page (passed to page.evaluate, so each
 * function must stand alone: no imports, no module-level helpers).
 *
 * The drag probe times each pointer move from the input (event.timeStamp) to
 * the last DOM mutation it caused. Mutation callbacks run at the first microtask
 * checkpoint after the handler that wrote the numbers, so a store that patches
 * every number synchronously in the move handler shows one callback per move,
 * with the watched quantity already changed.
 */
import type { ProbeData, ProbeEvent } from './drag-stats';

interface ProbeHandle {
  stop(): ProbeData;
}

type ProbeWindow = Window & { __benchProbe?: ProbeHandle };

/**
 * tsx compiles this file with names kept, which wraps inner functions in a
 * `__name(fn, "name")` helper that the page does not have: define it there.
 */
export const NAME_HELPER = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

/** Starts recording; `watch` is the quantity whose data-value each move must change. */
export function startDragProbe(watch: string): void {
  type Pending = { -readonly [K in keyof ProbeEvent]: ProbeEvent[K] } & { before?: string };
  const events: ProbeEvent[] = [];
  const longTasks: { duration: number }[] = [];
  const frames: number[] = [];
  const read = () =>
    document.querySelector<HTMLElement>(`[data-quantity="${watch}"]`)?.dataset.value;
  let current: Pending | null = null;
  const finish = () => {
    if (current === null) return;
    const { before, ...event } = current;
    events.push({ ...event, changedAtEnd: read() !== before });
    current = null;
  };
  const onMove = (event: PointerEvent) => {
    const dispatched = performance.now();
    finish();
    current = {
      timeStamp: event.timeStamp,
      dispatched,
      first: null,
      last: null,
      changedAtFirst: false,
      changedAtEnd: false,
    };
    const before = read();
    if (before !== undefined) current.before = before;
  };
  // Text for screen readers (a throttled summary) is not a visible number.
  const visible = (record: MutationRecord) => {
    const node = record.target;
    const element = node instanceof Element ? node : node.parentElement;
    return element !== null && element.closest('.visually-hidden') === null;
  };
  const mutations = new MutationObserver((records) => {
    const now = performance.now();
    if (current === null || !records.some(visible)) return;
    if (current.first === null) {
      current.first = now;
      current.changedAtFirst = read() !== current.before;
    }
    current.last = now;
  });
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ duration: entry.duration });
  });
  let running = true;
  const tick = (time: number) => {
    if (!running) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };

  window.addEventListener('pointermove', onMove, { capture: true });
  // Letting go commits the value (and writes it again): that belongs to no move.
  window.addEventListener('pointerup', finish, { capture: true });
  mutations.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['data-value'],
  });
  tasks.observe({ type: 'longtask' });
  requestAnimationFrame(tick);

  (window as ProbeWindow).__benchProbe = {
    stop() {
      finish();
      running = false;
      window.removeEventListener('pointermove', onMove, { capture: true });
      window.removeEventListener('pointerup', finish, { capture: true });
      mutations.disconnect();
      for (const entry of tasks.takeRecords()) longTasks.push({ duration: entry.duration });
      tasks.disconnect();
      return { events, longTasks, frames };
    },
  };
}

/** Stops the probe and returns what it recorded (null if it was never started). */
export function stopDragProbe(): ProbeData | null {
  const probe = (window as ProbeWindow).__benchProbe;
  delete (window as ProbeWindow).__benchProbe;
  return probe ? probe.stop() : null;
}

export interface PaintTimes {
  readonly fcp: number | null;
  readonly lcp: number | null;
}

/** First and largest contentful paint of this load, in milliseconds from navigation. */
export function readPaintTimes(settleMs: number): Promise<PaintTimes> {
  return new Promise((resolve) => {
    let fcp: number | null = null;
    let lcp: number | null = null;
    const paint = new PerformanceObserver((list) => {
      for (const entry of list.getEntriesByName('first-contentful-paint')) fcp = entry.startTime;
    });
    const largest = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) lcp = entry.startTime;
    });
    paint.observe({ type: 'paint', buffered: true });
    largest.observe({ type: 'largest-contentful-paint', buffered: true });
    // Buffered entries arrive in a task after observe(): give them (and any late candidate) time.
    setTimeout(() => {
      paint.disconnect();
      largest.disconnect();
      resolve({ fcp, lcp });
    }, settleMs);
  });
}

/** Resolves on the next animation frame: one pointer move per frame, as a real mouse sends. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** What the frame probe saw: animation frame times and long tasks. */
export interface FrameData {
  readonly frames: readonly number[];
  readonly longTasks: readonly { readonly duration: number }[];
}

type FrameWindow = Window & { __benchFrames?: () => FrameData };

/** Starts recording animation frames and long tasks (for an animation, not an input). */
export function startFrameProbe(): void {
  const frames: number[] = [];
  const longTasks: { duration: number }[] = [];
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ duration: entry.duration });
  });
  tasks.observe({ type: 'longtask' });
  let running = true;
  const tick = (time: number) => {
    if (!running) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as FrameWindow).__benchFrames = () => {
    running = false;
    for (const entry of tasks.takeRecords()) longTasks.push({ duration: entry.duration });
    tasks.disconnect();
    return { frames, longTasks };
  };
}

/** Stops the frame probe and returns what it recorded (null if it was never started). */
export function stopFrameProbe(): FrameData | null {
  const stop = (window as FrameWindow).__benchFrames;
  delete (window as FrameWindow).__benchFrames;
  return stop ? stop() : null;
}

/**
 * Resolves when a training run (the Train tab's, or the Data tab's with `scope`
 * '.data-train') has started and ended: its Stop button is enabled exactly
 * while a run is under way. Watched with a MutationObserver, not polled with a
 * role query: computing accessible names each poll would itself cost long tasks
 * in the frames being measured.
 */
export function waitForTrainingRun(
  wait: number | { readonly timeoutMs: number; readonly scope: string },
): Promise<void> {
  // One argument: page.evaluate hands the page a single value.
  const { timeoutMs, scope } = typeof wait === 'number' ? { timeoutMs: wait, scope: 'body' } : wait;
  return new Promise((resolve, reject) => {
    const root = document.querySelector(scope) ?? document.body;
    const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (b) => b.textContent?.trim() === 'Stop',
    );
    if (!button) {
      reject(new Error('no Stop button'));
      return;
    }
    let started = !button.disabled;
    const observer = new MutationObserver(() => {
      if (!button.disabled) started = true;
      else if (started) done();
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the training run did not end in time'));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    };
    observer.observe(button, { attributes: true, attributeFilter: ['disabled'] });
  });
}

/**
 * Clicks `button` and times, from the click, until the page shows `selector`
 * (or, `present` false, no longer shows it) and the frame after that has been
 * painted: what a teacher waits between pressing "Add a neuron" and seeing it.
 */
export function timeClickUntil(
  button: HTMLElement,
  { selector, present, timeoutMs }: { selector: string; present: boolean; timeoutMs: number },
): Promise<{ ms: number; longTasks: number }> {
  return new Promise((resolve, reject) => {
    let longTasks = 0;
    const tasks = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
    tasks.observe({ type: 'longtask' });
    const start = performance.now();
    const timer = setTimeout(() => {
      tasks.disconnect();
      reject(new Error(`${selector} did not ${present ? 'appear' : 'go'} within ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if ((document.querySelector(selector) !== null) !== present) {
        requestAnimationFrame(check);
        return;
      }
      // The frame that shows the change: after its paint, a task runs.
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          tasks.disconnect();
          resolve({ ms: performance.now() - start, longTasks });
        }, 0),
      );
    };
    button.click();
    check();
  });
}
