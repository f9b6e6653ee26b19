/**
 * What a reminder says where others might see it: a lock screen, a shared calendar. It is
 * the same neutral text for everyone, always: a person whose safety check raised a concern
 * must never have a relationship word on their lock screen, and a rule that depends on
 * remembering who answered what is one that can fail. No streaks, no counts, no "you missed".
 */
export const REMINDER_TITLE = 'A moment for you';
export const REMINDER_BODY = 'A few quiet minutes, if you would like them.';

/** Words that would tell an onlooker what the app is about; none may appear in reminder text. */
export const PRIVATE_WORDS = [
  'relationship',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'love',
  'attachment',
  'anxious',
  'anxiety',
  'insecure',
  'secure',
  'spiral',
  'reach out',
  'abuse',
  'safety',
  'check-in',
  'missed',
  'streak',
] as const;

export function revealsPrivate(text: string): string[] {
  const lower = text.toLowerCase();
  return PRIVATE_WORDS.filter((w) => lower.includes(w));
}

/** The notification for a reminder. `concernAnswered` is taken so the rule is explicit and tested. */
export function reminderNotification(_context: { concernAnswered: boolean }): {
  title: string;
  body: string;
} {
  return { title: REMINDER_TITLE, body: REMINDER_BODY };
}
