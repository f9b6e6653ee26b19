/**
 * The reminder schedule as an iCalendar file (RFC 5545) for the person's own calendar, which
 * reminds them with no server at all. One daily recurring event per ringing time, in floating
 * local time (no time zone), so 09:00 stays 09:00 wherever the calendar is and across daylight
 * saving. The text is the neutral reminder copy: nothing in it says what the app is for.
 */
import type { ReminderSettingsBody } from '../records/types/reminders.ts';
import { REMINDER_BODY, REMINDER_TITLE } from './copy.ts';
import { ringingTimes } from './schedule.ts';
import { wallClock } from './zone.ts';

export const ICS_FILENAME = 'a-moment-for-you.ics';

/** TEXT values escape backslash, semicolon, comma and newline (RFC 5545 §3.3.11). */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets continue on the next line after CRLF and a space (§3.1). */
export function fold(line: string): string {
  const bytes = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateTime(wall: number, utc: boolean): string {
  const d = new Date(wall);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}${utc ? 'Z' : ''}`
  );
}

/**
 * The calendar file, or null when nothing would ring. `uid` is a random token from the
 * caller (the same for every event of one file; each event adds its time).
 */
export function remindersIcs(
  s: ReminderSettingsBody,
  opts: { now: number; timeZone: string; uid: string },
): string | null {
  const times = ringingTimes(s);
  if (times.length === 0) return null;
  const today = wallClock(opts.now, opts.timeZone);
  const midnight = today - (today % 86_400_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Reminders//A moment for you//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const t of times) {
    const start = midnight + (Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))) * 60_000;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${opts.uid}-${t.replace(':', '')}`,
      `DTSTAMP:${dateTime(Math.floor(opts.now / 1000) * 1000, true)}`,
      `DTSTART:${dateTime(start, false)}`,
      'DURATION:PT5M',
      'RRULE:FREQ=DAILY',
      `SUMMARY:${escapeText(REMINDER_TITLE)}`,
      `DESCRIPTION:${escapeText(REMINDER_BODY)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(REMINDER_TITLE)}`,
      'TRIGGER:PT0M',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
