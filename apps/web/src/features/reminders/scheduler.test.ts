import type { ReminderSettingsBody } from '@securebase/core';
import { REMINDER_BODY, REMINDER_TITLE } from '@securebase/core/reminders';
import { describe, expect, it } from 'vitest';
import { ManualTimers } from '../../platform/manualTimers.ts';
import { LATE_MS, runReminders } from './scheduler.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const start = Date.parse('2026-12-03T08:00:00Z');

function setup(settings: ReminderSettingsBody) {
  const timers = new ManualTimers();
  timers.now = start;
  const rang: string[] = [];
  // How far the wall clock runs ahead of the timers: a device that slept wakes its timers late.
  const slept = { ms: 0 };
  const now = () => timers.now + slept.ms;
  const stop = runReminders(
    settings,
    { concernAnswered: true },
    {
      timers,
      now,
      timeZone: 'UTC',
      ring: (title, body) => rang.push(`${new Date(now()).toISOString()} ${title}: ${body}`),
    },
  );
  return { timers, rang, stop, slept };
}

describe('ringing reminders while the app is open', () => {
  it('rings each time outside quiet hours, day after day, with the neutral text', () => {
    const { timers, rang } = setup({
      mode: 'several',
      times: ['09:00', '21:00', '23:30'],
      quiet: { from: '22:00', to: '07:00' },
    });
    timers.advance(48 * HOUR);
    const text = `${REMINDER_TITLE}: ${REMINDER_BODY}`;
    expect(rang).toEqual([
      `2026-12-03T09:00:00.000Z ${text}`,
      `2026-12-03T21:00:00.000Z ${text}`,
      `2026-12-04T09:00:00.000Z ${text}`,
      `2026-12-04T21:00:00.000Z ${text}`,
    ]);
  });

  it('rings nothing for none, and nothing after stop', () => {
    const none = setup({ mode: 'none', times: ['09:00'], quiet: null });
    none.timers.advance(48 * HOUR);
    expect(none.rang).toEqual([]);
    expect(none.timers.size).toBe(0);
    const daily = setup({ mode: 'daily', times: ['09:00'], quiet: null });
    daily.stop();
    daily.timers.advance(48 * HOUR);
    expect(daily.rang).toEqual([]);
  });

  it('lets a reminder go when the timer wakes long after its time, then carries on', () => {
    const { timers, rang, slept } = setup({ mode: 'daily', times: ['09:00'], quiet: null });
    // The device slept through 09:00: its timer runs when the wall clock says 11:00.
    slept.ms = 2 * HOUR;
    expect(slept.ms).toBeGreaterThan(LATE_MS);
    timers.advance(HOUR);
    expect(rang).toEqual([]);
    timers.advance(24 * HOUR);
    expect(rang).toHaveLength(1);
    expect(rang[0]).toMatch(/^2026-12-04T09:00:00.000Z/);
  });
});
