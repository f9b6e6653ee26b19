/**
 * Reads the insight input from anything that lists live records by type, such as the
 * unlocked Vault. Kept separate from the statistics so they stay plain-array functions.
 */
import type { RecordTypeName } from '../records/types/index.ts';
import type { Rec } from '../store/journal.ts';
import type { InsightData } from './data.ts';

export interface RecordSource {
  list<T extends RecordTypeName>(type: T): Rec<T>[];
}

export function insightDataFrom(source: RecordSource): InsightData {
  return {
    checkins: source.list('checkin'),
    spirals: source.list('spiral'),
    reachOuts: source.list('reach-out'),
    assumptions: source.list('assumption'),
    ladderSteps: source.list('ladder-step'),
    ladderAttempts: source.list('ladder-attempt'),
    spaceLogs: source.list('space-log'),
    needsMaps: source.list('needs-map'),
    ownTime: source.list('own-time'),
    drills: source.list('listening-drill'),
    presence: source.list('presence-log'),
    mindful: source.list('mindful-minute'),
    selfChecks: source.list('self-check'),
  };
}
