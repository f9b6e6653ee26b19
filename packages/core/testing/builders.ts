/** Builders for valid record bodies, so tests state only what matters to them. */
import type { CheckinBody } from '../src/records/types/checkin.ts';

export function checkin(over: Partial<CheckinBody> = {}): CheckinBody {
  return { at: Date.UTC(2026, 0, 1, 9), security: 6, tags: [], note: '', ...over };
}
