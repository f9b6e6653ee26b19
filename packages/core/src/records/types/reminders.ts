/**
 * F17: when the person would like a gentle reminder, if at all. Times are wall-clock "HH:MM"
 * in the device's time zone; quiet hours silence any time that falls inside them. Kept as an
 * encrypted record like every other, so the schedule is never readable on disk.
 */
import * as z from 'zod/mini';
import { defineRecordType } from '../registry.ts';

export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const reminderSettingsBody = z.strictObject({
  /** none (the default), one daily time, or a few times a day. */
  mode: z.enum(['none', 'daily', 'several']),
  /** Daily uses the first; "a few times a day" uses them all. Kept when the mode is none. */
  times: z.array(clockTime).check(z.minLength(1), z.maxLength(4)),
  /** From `from` until `to` (may run past midnight); nothing rings in between. */
  quiet: z.nullable(z.strictObject({ from: clockTime, to: clockTime })),
});
export type ReminderSettingsBody = z.infer<typeof reminderSettingsBody>;

export const reminderSettingsType = defineRecordType({
  type: 'reminder-settings',
  label: 'Reminder settings',
  version: 1,
  schema: reminderSettingsBody,
  migrations: {},
});
