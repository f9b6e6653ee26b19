/** Reminders that never nag (F17): the schedule, its neutral text and the calendar file. */
export { REMINDER_BODY, REMINDER_TITLE, reminderNotification, revealsPrivate } from './copy.ts';
export { ICS_FILENAME, remindersIcs } from './ics.ts';
export { chosenTimes, inQuietHours, nextReminders, ringingTimes } from './schedule.ts';
export { isKnownZone } from './zone.ts';
