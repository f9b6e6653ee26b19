/*
 * Imported by the generated service worker (vite.config.ts, workbox.importScripts).
 * Periodic Background Sync wakes it now and then while the app is closed; it rings a
 * reminder that fell due since the last wake-up, using the instants and neutral text the
 * app left in its cache (src/platform/reminders.ts). It never sees the journal.
 */
const REMINDER_TAG = 'securebase-reminder';
const REMINDER_CACHE = 'securebase-reminders';
const DUE_URL = '/__reminders/due';
const SHOWN_URL = '/__reminders/shown';
// A reminder more than this late is let go: ringing hours afterwards would only nag.
const STALE_MS = 2 * 60 * 60 * 1000;

async function readJson(cache, url) {
  const res = await cache.match(url);
  if (!res) return null;
  try {
    return await res.json();
  } catch {
    return null;
  }
}

async function ringIfDue() {
  // An open app rings its own reminders; two would be one too many.
  const open = await self.clients.matchAll({ type: 'window' });
  if (open.length > 0) return;
  const cache = await caches.open(REMINDER_CACHE);
  const plan = await readJson(cache, DUE_URL);
  if (!plan || !Array.isArray(plan.due)) return;
  const shown = (await readJson(cache, SHOWN_URL)) ?? 0;
  const now = Date.now();
  const due = plan.due.filter(
    (t) => typeof t === 'number' && t <= now && t > shown && now - t < STALE_MS,
  );
  if (due.length === 0) return;
  await self.registration.showNotification(String(plan.title), {
    body: String(plan.body),
    tag: REMINDER_TAG,
    icon: '/icon-192.png',
  });
  await cache.put(SHOWN_URL, new Response(JSON.stringify(Math.max(...due))));
}

self.addEventListener('periodicsync', (event) => {
  if (event.tag === REMINDER_TAG) event.waitUntil(ringIfDue());
});

// Tapping any of the app's notifications (a reminder, the end of a pause) opens the app.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const first = windows[0];
      if (first) await first.focus();
      else await self.clients.openWindow('/');
    })(),
  );
});
