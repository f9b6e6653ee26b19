/**
 * F5 and F3 summaries: how often feared readings came true, and pursuing versus holding
 * back when the urge to reach out came. Counts are shown as counts alongside any rate.
 */
import type { AssumptionBody } from '../records/types/assumption.ts';
import { isPursuing, type ReachOutBody } from '../records/types/reachout.ts';
import type { Row } from './data.ts';
import { mean, round } from './stats.ts';

export interface FearSummary {
  resolved: number;
  cameTrue: number;
  partly: number;
  didNot: number;
  open: number;
  /** (yes + ½ · partly) / resolved; null before the first resolved fear. */
  confirmedRate: number | null;
  /** Mean likelihood (0 … 100) the resolved fears were given when written. */
  meanLikelihood: number | null;
  sentence: string;
}

export function fearSummary(rows: readonly Row<AssumptionBody>[]): FearSummary {
  let cameTrue = 0;
  let partly = 0;
  let didNot = 0;
  const likelihoods: number[] = [];
  for (const { body: a } of rows) {
    if (a.cameTrue === undefined) continue;
    likelihoods.push(a.likelihood);
    if (a.cameTrue === 'yes') cameTrue++;
    else if (a.cameTrue === 'partly') partly++;
    else didNot++;
  }
  const resolved = cameTrue + partly + didNot;
  const meanLikelihood = mean(likelihoods);
  const sentence =
    resolved === 0 || meanLikelihood === null
      ? 'When you note what your partner actually said, you will see here how often a fear came true.'
      : `Of ${resolved} fear${resolved === 1 ? '' : 's'} you checked, ${cameTrue} came true, ${partly} partly, and ${didNot} did not. When you wrote them down they felt ${round(meanLikelihood, 0)} % likely on average.`;
  return {
    resolved,
    cameTrue,
    partly,
    didNot,
    open: rows.length - resolved,
    confirmedRate: resolved === 0 ? null : (cameTrue + partly / 2) / resolved,
    meanLikelihood,
    sentence,
  };
}

export interface ReachOutSummary {
  pursued: number;
  heldBack: number;
  open: number;
  /** Mean of urge − urge re-rated after a pause, over pauses that were re-rated. */
  meanUrgeDropAfterPause: number | null;
  sentence: string;
}

export function reachOutSummary(rows: readonly Row<ReachOutBody>[]): ReachOutSummary {
  let pursued = 0;
  let open = 0;
  const drops: number[] = [];
  for (const { body: r } of rows) {
    if (isPursuing(r.did)) pursued++;
    if (r.status === 'open') open++;
    if (r.urgeAfter !== undefined && r.pauseMinutes !== undefined) drops.push(r.urge - r.urgeAfter);
  }
  const heldBack = rows.length - pursued;
  const drop = mean(drops);
  let sentence =
    rows.length === 0
      ? 'Each time you log an urge to reach out, it shows up here.'
      : `Of ${rows.length} urge${rows.length === 1 ? '' : 's'} to reach out, you pursued ${pursued} and paused, soothed or did something for yourself ${heldBack} time${heldBack === 1 ? '' : 's'}.`;
  if (drop !== null && drops.length >= 3) {
    const by = round(Math.abs(drop), 1);
    sentence +=
      by === 0
        ? ' After a pause, the urge was about the same on average.'
        : ` After a pause, the urge was ${by} points ${drop > 0 ? 'lower' : 'higher'} on average.`;
  }
  return { pursued, heldBack, open, meanUrgeDropAfterPause: drop, sentence };
}
