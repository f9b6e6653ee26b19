/** The one reminder-settings record that counts, and the device's time zone. */
import type { Rec, ReminderSettingsBody } from '@securebase/core';
import { isKnownZone } from '@securebase/core/reminders';

/** None is the default: nothing rings until the person chooses otherwise. */
export const DEFAULT_REMINDERS: ReminderSettingsBody = {
  mode: 'none',
  times: ['09:00'],
  quiet: null,
};

/** Two devices may each have made one before syncing: the latest change wins. */
export function latestSettings(
  recs: Rec<'reminder-settings'>[],
): Rec<'reminder-settings'> | undefined {
  let latest: Rec<'reminder-settings'> | undefined;
  for (const r of recs) if (!latest || r.updatedAt > latest.updatedAt) latest = r;
  return latest;
}

export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isKnownZone(zone) ? zone : 'UTC';
}
