/** The calendar file, parsed back by ical.js (an independent RFC 5545 implementation). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ReminderSettingsBody } from '../records/types/reminders.ts';
import { revealsPrivate } from './copy.ts';
import { escapeText, fold, remindersIcs } from './ics.ts';

const now = Date.parse('2026-12-03T17:40:12Z');
const several: ReminderSettingsBody = {
  mode: 'several',
  times: ['20:00', '08:30', '23:15'],
  quiet: { from: '22:00', to: '07:00' },
};

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the reminders calendar file', () => {
  it('is one daily recurring event per ringing time, in floating local time', () => {
    const text = remindersIcs(several, { now, timeZone: 'Europe/Berlin', uid: 'abc123' });
    if (text === null) throw new Error('expected a calendar');
    const { cal, events } = parse(text);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(events.map((e) => e.startDate.toString())).toEqual([
      '2026-12-03T08:30:00',
      '2026-12-03T20:00:00',
    ]);
    for (const e of events) {
      expect(e.startDate.zone?.tzid).toBe('floating');
      expect(e.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBeUndefined();
      expect(e.duration.toString()).toBe('PT5M');
      expect(e.summary).toBe('A moment for you');
      expect(e.description).toBe('A few quiet minutes, if you would like them.');
      expect(e.isRecurring()).toBe(true);
      const rule = e.component.getFirstPropertyValue('rrule');
      expect(rule?.toString()).toBe('FREQ=DAILY');
      const alarm = e.component.getFirstSubcomponent('valarm');
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('PT0S');
      expect(e.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-03T17:40:12Z');
    }
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    // The recurrence expands day after day at the same local time.
    const it8 = events[0]?.iterator();
    const next = [it8?.next(), it8?.next(), it8?.next()].map((t) => t?.toString());
    expect(next).toEqual(['2026-12-03T08:30:00', '2026-12-04T08:30:00', '2026-12-05T08:30:00']);
  });

  it('starts on today’s date in the person’s zone, not in UTC', () => {
    const late = Date.parse('2026-12-03T23:30:00Z'); // already 4 December in Tokyo
    const text = remindersIcs(
      { mode: 'daily', times: ['09:00'], quiet: null },
      { now: late, timeZone: 'Asia/Tokyo', uid: 'u' },
    );
    expect(parse(text ?? '').events[0]?.startDate.toString()).toBe('2026-12-04T09:00:00');
  });

  it('uses CRLF line ends and reveals nothing private in any line', () => {
    const text = remindersIcs(several, { now, timeZone: 'UTC', uid: 'abc123' }) ?? '';
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(revealsPrivate(text)).toEqual([]);
    expect(text.toLowerCase()).not.toContain('secure base');
  });

  it('is nothing when nothing would ring', () => {
    expect(
      remindersIcs({ ...several, mode: 'none' }, { now, timeZone: 'UTC', uid: 'x' }),
    ).toBeNull();
    expect(
      remindersIcs(
        { mode: 'daily', times: ['23:00'], quiet: several.quiet },
        { now, timeZone: 'UTC', uid: 'x' },
      ),
    ).toBeNull();
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    const parsed = ICAL.parse(`BEGIN:VCALENDAR\r\n${folded}\r\nEND:VCALENDAR\r\n`);
    expect(new ICAL.Component(parsed).getFirstPropertyValue('description')).toBe('é'.repeat(60));
  });
});
