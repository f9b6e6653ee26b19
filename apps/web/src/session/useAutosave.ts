/**
 * The autosave a screen keeps while it is open: saved shortly after the last change, and
 * at once when the page is hidden or left or the screen unmounts (a hand-over to another
 * tab unmounts the screens first, and waits for the writes this queues).
 */
import { useEffect, useRef, useState } from 'react';
import { browserPage, browserTimers } from '../platform/index.ts';
import { type Autosave, autosave } from './autosave.ts';
import { useTrackWrite } from './vault.tsx';

/** Saves what is waiting when the page is hidden or left, and when the screen unmounts. */
export function useFlushOnLeave(saver: Pick<Autosave<unknown>, 'flush' | 'waiting'>) {
  const track = useTrackWrite();
  useEffect(() => {
    const now = () => {
      if (saver.waiting) track(saver.flush().catch(() => undefined));
    };
    const offLeave = browserPage.onLeave(now);
    const offHide = browserPage.onVisibility(() => browserPage.isVisible() || now());
    return () => {
      offLeave();
      offHide();
      now();
    };
  }, [saver, track]);
}

export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs: number): Autosave<T> {
  // The latest save function, so the autosave itself lives as long as the screen.
  const latest = useRef(save);
  latest.current = save;
  const [saver] = useState(() =>
    autosave<T>((v) => latest.current(v), { delayMs, timers: browserTimers }),
  );
  useFlushOnLeave(saver);
  return saver;
}
