import { useEffect, useState, type RefObject } from 'react';
import type { Model } from '../engine/model';
import type { Trace } from '../engine/trace';
import { useAppStoreApi } from '../store/context';

export interface Snapshot {
  readonly model: Model;
  readonly trace: Trace;
}

/**
 * The model and its trace, refreshed at most once per animation frame and only
 * while `ref`'s element is on screen: a hidden tab costs nothing during a drag
 * or a training run, and a visible one recomputes once per frame, not per event.
 */
export function useVisibleSnapshot(ref: RefObject<Element | null>): Snapshot {
  const store = useAppStoreApi();
  const [snapshot, setSnapshot] = useState<Snapshot>(() => {
    const { model, trace } = store.getState();
    return { model, trace };
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let visible = false;
    let frame = 0;
    const refresh = () => {
      frame = 0;
      const { model, trace } = store.getState();
      setSnapshot((old) => (old.trace === trace ? old : { model, trace }));
    };
    const schedule = () => {
      if (visible && frame === 0) frame = requestAnimationFrame(refresh);
    };
    const observer = new IntersectionObserver(([entry]) => {
      visible = entry?.isIntersecting ?? false;
      schedule();
    });
    observer.observe(element);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.trace !== previous.trace) schedule();
    });
    return () => {
      observer.disconnect();
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [store, ref]);
  return snapshot;
}
