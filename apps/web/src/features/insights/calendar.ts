/**
 * The person's own calendar for core insights: local days that follow the device's time
 * zone, including daylight-saving changes (the offset is read per timestamp).
 */
import type { Calendar } from '@securebase/core/insights';

export const localCalendar: Calendar = {
  dayOf: (ms) => Math.floor((ms - new Date(ms).getTimezoneOffset() * 60_000) / 86_400_000),
};
