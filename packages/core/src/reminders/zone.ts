/**
 * Wall-clock time in a named time zone, from the engine's Intl data (no DOM, no Node APIs).
 * A reminder at 09:00 stays at 09:00 across a daylight-saving change, so every fire time is
 * worked out from the wall clock of its own day rather than by adding 24 hours.
 */
const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, f);
  }
  return f;
}

/** The wall clock at `t` in `timeZone`, written as if it were UTC (ms). */
export function wallClock(t: number, timeZone: string): number {
  const n: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(t)) n[p.type] = Number(p.value);
  const part = (k: string) => n[k] ?? 0;
  return Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
}

const offset = (t: number, timeZone: string) =>
  wallClock(t, timeZone) - Math.floor(t / 1000) * 1000;

/**
 * The instant a wall-clock time (written as UTC ms) happens in `timeZone`. A time the clocks
 * skip (spring forward) happens as late as the skip: 02:30 becomes 03:30. A time that happens
 * twice (fall back) happens the first time only.
 */
export function instantOf(wall: number, timeZone: string): number {
  const before = wall - offset(wall - DAY, timeZone);
  const after = wall - offset(wall + DAY, timeZone);
  const valid = [before, after].filter((t) => wallClock(t, timeZone) === wall);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** Whether the engine knows this zone name (a device may report one it does not). */
export function isKnownZone(timeZone: string): boolean {
  try {
    format(timeZone);
    return true;
  } catch {
    return false;
  }
}
