/** Auto-lock: a timer policy on browser activity events, kept apart from the vault provider. */
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'scroll'] as const;

/** Locks after `minutes` without a touch, key press or scroll (also counted while the app is hidden). */
export function useAutoLock(minutes: number | null, lockNow: () => void) {
  useEffect(() => {
    if (minutes === null) return;
    let last = Date.now();
    const seen = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= minutes * 60_000) lockNow();
    };
    for (const e of ACTIVITY) window.addEventListener(e, seen, { passive: true });
    document.addEventListener('visibilitychange', check);
    const t = setInterval(check, 5_000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, seen);
      document.removeEventListener('visibilitychange', check);
      clearInterval(t);
    };
  }, [minutes, lockNow]);
}
