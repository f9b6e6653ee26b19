import { describe, expect, it } from 'vitest';
import type { ReminderSettingsBody } from '../records/types/reminders.ts';
import { reminderSettingsType } from '../records/types/reminders.ts';
import { chosenTimes, inQuietHours, nextReminders, ringingTimes } from './schedule.ts';
import { instantOf, wallClock } from './zone.ts';

const at = (iso: string) => Date.parse(iso);
const iso = (t: number) => new Date(t).toISOString();
const daily = (
  time: string,
  quiet: ReminderSettingsBody['quiet'] = null,
): ReminderSettingsBody => ({
  mode: 'daily',
  times: [time],
  quiet,
});

describe('reminder settings record', () => {
  it('accepts none, daily and a few times a day, and rejects a time that is not HH:MM', () => {
    const ok = (b: unknown) => reminderSettingsType.schema.safeParse(b).success;
    expect(ok({ mode: 'none', times: ['09:00'], quiet: null })).toBe(true);
    expect(
      ok({
        mode: 'several',
        times: ['09:00', '13:00', '20:00'],
        quiet: { from: '22:00', to: '07:00' },
      }),
    ).toBe(true);
    expect(ok({ mode: 'daily', times: ['24:00'], quiet: null })).toBe(false);
    expect(ok({ mode: 'daily', times: ['9:00'], quiet: null })).toBe(false);
    expect(ok({ mode: 'daily', times: [], quiet: null })).toBe(false);
    expect(ok({ mode: 'hourly', times: ['09:00'], quiet: null })).toBe(false);
  });
});

describe('quiet hours', () => {
  it('run from `from` up to `to`, across midnight when `to` is earlier', () => {
    const night = { from: '22:00', to: '07:00' };
    expect(
      ['21:59', '22:00', '23:30', '00:00', '06:59', '07:00'].map((t) => inQuietHours(t, night)),
    ).toEqual([false, true, true, true, true, false]);
    const afternoon = { from: '13:00', to: '15:00' };
    expect(['12:59', '13:00', '14:59', '15:00'].map((t) => inQuietHours(t, afternoon))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(inQuietHours('03:00', { from: '08:00', to: '08:00' })).toBe(false);
    expect(inQuietHours('03:00', null)).toBe(false);
  });

  it('silence a chosen time rather than moving it', () => {
    const s: ReminderSettingsBody = {
      mode: 'several',
      times: ['20:00', '08:00', '23:00', '08:00'],
      quiet: { from: '22:00', to: '07:00' },
    };
    expect(chosenTimes(s)).toEqual(['08:00', '20:00', '23:00']);
    expect(ringingTimes(s)).toEqual(['08:00', '20:00']);
    expect(ringingTimes({ ...s, mode: 'daily' })).toEqual(['20:00']);
    expect(ringingTimes({ ...s, mode: 'none' })).toEqual([]);
  });
});

describe('next reminders', () => {
  it('is nothing when the person chose none (the default) or every time is quiet', () => {
    expect(nextReminders({ mode: 'none', times: ['09:00'], quiet: null }, 0, 'UTC', 3)).toEqual([]);
    expect(nextReminders(daily('23:00', { from: '22:00', to: '07:00' }), 0, 'UTC', 3)).toEqual([]);
  });

  it('rings later today, or tomorrow once today’s time has passed', () => {
    const tz = 'Europe/Berlin'; // UTC+1 in winter
    expect(nextReminders(daily('09:00'), at('2026-12-03T07:59:00Z'), tz, 2).map(iso)).toEqual([
      '2026-12-03T08:00:00.000Z',
      '2026-12-04T08:00:00.000Z',
    ]);
    // Exactly at the time counts as passed: the reminder that just rang does not ring again.
    expect(nextReminders(daily('09:00'), at('2026-12-03T08:00:00Z'), tz).map(iso)).toEqual([
      '2026-12-04T08:00:00.000Z',
    ]);
  });

  it('orders a few times a day and skips the ones inside quiet hours', () => {
    const s: ReminderSettingsBody = {
      mode: 'several',
      times: ['21:30', '08:00', '13:00'],
      quiet: { from: '21:00', to: '08:30' },
    };
    expect(nextReminders(s, at('2026-12-03T12:30:00Z'), 'UTC', 3).map(iso)).toEqual([
      '2026-12-03T13:00:00.000Z',
      '2026-12-04T13:00:00.000Z',
      '2026-12-05T13:00:00.000Z',
    ]);
  });

  it('keeps the wall-clock time across the spring and autumn changes (Berlin)', () => {
    const tz = 'Europe/Berlin'; // 2026: CET→CEST on 29 March, CEST→CET on 25 October
    expect(nextReminders(daily('09:00'), at('2026-03-28T12:00:00Z'), tz, 3).map(iso)).toEqual([
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(nextReminders(daily('09:00'), at('2026-10-24T12:00:00Z'), tz, 2).map(iso)).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('rings a time the clocks skip as late as the skip, and a time that happens twice once', () => {
    const tz = 'America/New_York'; // 2026: 8 March 02:00→03:00, 1 November 02:00→01:00
    expect(nextReminders(daily('02:30'), at('2026-03-07T12:00:00Z'), tz, 3).map(iso)).toEqual([
      '2026-03-08T07:30:00.000Z', // 03:30 EDT, the skipped 02:30 moved by the hour that vanished
      '2026-03-09T06:30:00.000Z',
      '2026-03-10T06:30:00.000Z',
    ]);
    expect(nextReminders(daily('01:30'), at('2026-10-31T12:00:00Z'), tz, 2).map(iso)).toEqual([
      '2026-11-01T05:30:00.000Z', // the first 01:30 (EDT), not the second (EST)
      '2026-11-02T06:30:00.000Z',
    ]);
  });

  it('round-trips wall clock and instant away from a change', () => {
    const t = at('2026-07-01T10:15:00Z');
    expect(instantOf(wallClock(t, 'Asia/Kolkata'), 'Asia/Kolkata')).toBe(t);
    expect(iso(wallClock(t, 'Asia/Kolkata'))).toBe('2026-07-01T15:45:00.000Z');
  });
});
