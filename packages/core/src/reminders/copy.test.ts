import { describe, expect, it } from 'vitest';
import { REMINDER_BODY, REMINDER_TITLE, reminderNotification, revealsPrivate } from './copy.ts';

describe('reminder text on a lock screen', () => {
  it('never shows a relationship word, whether or not a safety concern was answered', () => {
    for (const concernAnswered of [true, false]) {
      const n = reminderNotification({ concernAnswered });
      expect(revealsPrivate(`${n.title} ${n.body}`)).toEqual([]);
    }
    // After a concern the text must be the neutral one, never a variant of it.
    expect(reminderNotification({ concernAnswered: true })).toEqual({
      title: REMINDER_TITLE,
      body: REMINDER_BODY,
    });
  });

  it('the word check finds what it is for', () => {
    expect(revealsPrivate('Your Partner has not replied')).toEqual(['partner']);
    expect(revealsPrivate('You missed 3 check-ins')).toEqual(['check-in', 'missed']);
  });
});
