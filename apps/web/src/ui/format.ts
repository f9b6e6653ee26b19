/** Dates and times in the person's own locale. */
export const formatDateTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

/**
 * How long ago, in words: "just now" under two minutes (the server notes a device's use at
 * most once a minute), then minutes, hours, and past a day the date itself.
 */
export function formatAgo(ms: number, now = Date.now()): string {
  const min = (now - ms) / 60_000;
  if (min < 2) return 'just now';
  if (min < 60) return `${Math.floor(min)} min ago`;
  if (min < 24 * 60) return `${Math.floor(min / 60)} h ago`;
  return `on ${formatDateTime(ms)}`;
}

export const formatDay = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export function formatMinutes(min: number): string {
  if (min < 1) return 'under a minute';
  if (min < 90) return `${Math.round(min)} min`;
  return `${Math.round(min / 6) / 10} h`;
}
