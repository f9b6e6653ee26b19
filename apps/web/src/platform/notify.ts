/**
 * "Your pause is over" notifications. Only when the person has allowed them; shown through
 * the service worker so they work in an installed app. The text never contains anything the
 * person wrote. Pages only live while open, so the app also shows the end of a pause
 * itself; a notification is a courtesy, never the only signal.
 */
export type NotifyPermission = 'granted' | 'denied' | 'default' | 'unsupported';

export function notifyPermission(): NotifyPermission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

export async function askToNotify(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return 'denied';
  }
}

// Timers by tag, so re-scheduling the same pause replaces it rather than doubling it.
const timers = new Map<string, ReturnType<typeof setTimeout>>();

async function show(title: string, body: string, tag: string) {
  const reg =
    'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (reg) await reg.showNotification(title, { body, tag, icon: '/icon-192.png' });
  else new Notification(title, { body, tag });
}

/** Schedules a notification at `at` (ms since epoch) if permission was given; returns a cancel function. */
export function notifyAt(at: number, tag: string, title: string, body: string): () => void {
  cancelNotify(tag);
  if (notifyPermission() !== 'granted') return () => {};
  timers.set(
    tag,
    setTimeout(
      () => {
        timers.delete(tag);
        void show(title, body, tag).catch(() => {});
      },
      Math.max(0, at - Date.now()),
    ),
  );
  return () => cancelNotify(tag);
}

export function cancelNotify(tag: string): void {
  const t = timers.get(tag);
  if (t !== undefined) clearTimeout(t);
  timers.delete(tag);
}
