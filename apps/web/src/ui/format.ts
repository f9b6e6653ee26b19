/** Dates and times in the person's own locale. */
export const formatDateTime = (ms: number) =>
  new Date(ms).toLocaleString(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });

export const formatDay = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

export function formatMinutes(min: number): string {
  if (min < 1) return 'under a minute';
  if (min < 90) return `${Math.round(min)} min`;
  return `${Math.round(min / 6) / 10} h`;
}
