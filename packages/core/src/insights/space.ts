/**
 * F7: how often a partner's wish for space was followed by reconnection. Only entries
 * where the person recorded what followed count; open ones are reported separately so
 * the "N of M" never silently treats "not noted yet" as "did not reconnect".
 */
import type { SpaceLogBody } from '../records/types/spacelog.ts';
import type { Row } from './data.ts';
import { median, round } from './stats.ts';

export interface SpaceReconnection {
  /** Space entries with an outcome recorded (M). */
  times: number;
  /** Of those, how many were followed by reconnection (N). */
  reconnected: number;
  /** Median hours from the wish for space to reconnecting, when the time was noted. */
  medianHours: number | null;
  awaitingFollowUp: number;
  closenessCount: number;
  sentence: string;
}

export function spaceReconnection(rows: readonly Row<SpaceLogBody>[]): SpaceReconnection {
  let times = 0;
  let reconnected = 0;
  let awaitingFollowUp = 0;
  let closenessCount = 0;
  const hours: number[] = [];
  for (const { body: s } of rows) {
    if (s.wanted === 'closeness') {
      closenessCount++;
      continue;
    }
    if (s.reconnected === undefined) {
      awaitingFollowUp++;
      continue;
    }
    times++;
    if (!s.reconnected) continue;
    reconnected++;
    if (s.reconnectedAt !== undefined && s.reconnectedAt >= s.at) {
      hours.push((s.reconnectedAt - s.at) / 3_600_000);
    }
  }
  const medianHours = median(hours);
  return {
    times,
    reconnected,
    medianHours,
    awaitingFollowUp,
    closenessCount,
    sentence: spaceSentence(times, reconnected, medianHours),
  };
}

function spaceSentence(times: number, reconnected: number, medianHours: number | null): string {
  if (times === 0) {
    return 'When you note what followed a time your partner wanted space, you will see here how often you reconnected.';
  }
  const within =
    medianHours === null
      ? ''
      : medianHours < 1
        ? ', usually within the hour'
        : `, usually within about ${round(medianHours, 0)} hour${round(medianHours, 0) === 1 ? '' : 's'}`;
  return `When your partner wanted space, you reconnected afterwards ${reconnected} of ${times} time${times === 1 ? '' : 's'}${within}.`;
}
