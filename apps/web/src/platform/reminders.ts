/**
 * Reminders through the service worker. While the app is open a page timer rings them (see
 * features/reminders/scheduler.ts); where the browser offers Periodic Background Sync, the
 * service worker (public/reminders-sw.js) may also ring a due one while the app is closed.
 * For that it keeps the next reminder instants, numbers only, in its own cache: it cannot
 * open the encrypted journal, and nothing the person wrote is ever in it.
 */
import { notifyPermission } from './notify.ts';

export const REMINDER_TAG = 'securebase-reminder';
const CACHE = 'securebase-reminders';
const DUE_URL = '/__reminders/due';
const HOUR = 3_600_000;

export type ReminderReach =
  /** No notifications or no service worker: reminders cannot ring here. */
  | 'none'
  /** Notifications allowed, rung while the app is open. */
  | 'open'
  /** Also rung by the service worker while the app is closed (Periodic Background Sync). */
  | 'background';

async function registration(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  return (await navigator.serviceWorker.getRegistration()) ?? undefined;
}

export function canRemind(): boolean {
  return notifyPermission() !== 'unsupported' && 'serviceWorker' in navigator;
}

/** Shows the reminder now, with a fixed tag so a new one replaces an old one rather than piling up. */
export async function showReminder(title: string, body: string): Promise<boolean> {
  if (notifyPermission() !== 'granted') return false;
  const reg = await registration();
  if (reg?.active)
    await reg.showNotification(title, { body, tag: REMINDER_TAG, icon: '/icon-192.png' });
  else new Notification(title, { body, tag: REMINDER_TAG });
  return true;
}

interface PeriodicSync {
  register(tag: string, opts: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}

function periodicSyncOf(reg: ServiceWorkerRegistration): PeriodicSync | undefined {
  if (!('periodicSync' in reg)) return undefined;
  const ps: unknown = reg.periodicSync;
  if (typeof ps !== 'object' || ps === null) return undefined;
  if (!('register' in ps) || !('unregister' in ps)) return undefined;
  const { register, unregister } = ps;
  if (typeof register !== 'function' || typeof unregister !== 'function') return undefined;
  return {
    register: async (tag, opts) => {
      await register.call(ps, tag, opts);
    },
    unregister: async (tag) => {
      await unregister.call(ps, tag);
    },
  };
}

async function periodicAllowed(): Promise<boolean> {
  try {
    const name = 'periodic-background-sync' as PermissionName;
    return (await navigator.permissions.query({ name })).state === 'granted';
  } catch {
    return false;
  }
}

/**
 * Hands the next instants (and the neutral text) to the service worker and asks for Periodic
 * Background Sync where the browser offers it; with no instants, withdraws both. Says how far
 * reminders reach on this device.
 */
export async function armBackgroundReminders(
  due: number[],
  text: { title: string; body: string },
): Promise<ReminderReach> {
  if (!canRemind() || notifyPermission() !== 'granted') return 'none';
  const reg = await registration();
  const cache = 'caches' in globalThis ? await caches.open(CACHE) : undefined;
  if (due.length === 0) {
    await cache?.delete(DUE_URL);
    if (reg)
      await periodicSyncOf(reg)
        ?.unregister(REMINDER_TAG)
        .catch(() => {});
    return 'open';
  }
  await cache?.put(
    DUE_URL,
    new Response(JSON.stringify({ due, ...text }), {
      headers: { 'content-type': 'application/json' },
    }),
  );
  const ps = reg ? periodicSyncOf(reg) : undefined;
  if (!ps || !(await periodicAllowed())) return 'open';
  try {
    await ps.register(REMINDER_TAG, { minInterval: HOUR });
    return 'background';
  } catch {
    return 'open';
  }
}
