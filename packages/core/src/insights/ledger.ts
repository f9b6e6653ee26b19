/**
 * F5 and F3 summaries: how often feared readings came true, and pursuing versus holding
 * back when the urge to reach out came. Counts are shown as counts alongside any rate.
 */
import type { AssumptionBody } from '../records/types/assumption.ts';
import {
  isPursuing,
  REACH_OUT_ACTIONS,
  type ReachOutAction,
  type ReachOutBody,
} from '../records/types/reachout.ts';
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
  /** The most recently resolved fear, to set what was feared beside what was said. */
  latest: AssumptionBody | null;
  sentence: string;
}

/** Below this many checked fears the summary says it is an early picture. */
export const FEW_FEARS = 5;

export function fearSummary(rows: readonly Row<AssumptionBody>[]): FearSummary {
  let cameTrue = 0;
  let partly = 0;
  let didNot = 0;
  const likelihoods: number[] = [];
  let latest: AssumptionBody | null = null;
  const resolvedAt = (a: AssumptionBody) => a.resolvedAt ?? a.at;
  for (const { body: a } of rows) {
    if (a.cameTrue === undefined) continue;
    if (!latest || resolvedAt(a) > resolvedAt(latest)) latest = a;
    likelihoods.push(a.likelihood);
    if (a.cameTrue === 'yes') cameTrue++;
    else if (a.cameTrue === 'partly') partly++;
    else didNot++;
  }
  const resolved = cameTrue + partly + didNot;
  const meanLikelihood = mean(likelihoods);
  const confirmedRate = resolved === 0 ? null : (cameTrue + partly / 2) / resolved;
  let sentence =
    resolved === 0 || meanLikelihood === null || confirmedRate === null
      ? 'When you note what your partner actually said, you will see here how often a fear came true.'
      : `Of ${resolved} fear${resolved === 1 ? '' : 's'} you checked, ${cameTrue} came true, ${partly} partly, and ${didNot} did not. When you wrote them down they felt ${round(meanLikelihood, 0)} % likely on average; counting partly as half, ${round(confirmedRate * 100, 0)} % came true.`;
  if (resolved > 0 && resolved < FEW_FEARS) {
    sentence += ` That is ${resolved === 1 ? 'one fear' : `${resolved} fears`} so far, an early picture.`;
  }
  return {
    resolved,
    cameTrue,
    partly,
    didNot,
    open: rows.length - resolved,
    confirmedRate,
    meanLikelihood,
    latest,
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

export interface UrgeOutcome {
  did: ReachOutAction;
  times: number;
  /** Entries where how settled the person felt an hour later was noted. */
  noted: number;
  /** Mean of those notes (0 = very unsettled … 10 = settled). */
  hourLater: number | null;
}

export interface UrgeOutcomes {
  byAction: UrgeOutcome[];
  sentence: string | null;
}

const TRIED: Record<ReachOutAction, string> = {
  texted: 'texting',
  called: 'calling',
  'checked-status': 'checking their status',
  paused: 'pausing first',
  soothed: 'soothing yourself',
  'for-me': 'doing something for yourself',
};

/** Below this many hour-later notes in all, the sentence says to read it lightly. */
export const FEW_NOTES = 5;

/**
 * What was tried when the urge came, and how settled the person felt an hour later, side
 * by side per action (most tried first). Describes only: it never says one caused the other.
 */
export function urgeOutcomes(rows: readonly Row<ReachOutBody>[]): UrgeOutcomes {
  const by = new Map<ReachOutAction, { times: number; notes: number[] }>();
  for (const { body: r } of rows) {
    const e = by.get(r.did) ?? { times: 0, notes: [] };
    e.times++;
    if (r.hourLater !== undefined) e.notes.push(r.hourLater);
    by.set(r.did, e);
  }
  const byAction = REACH_OUT_ACTIONS.flatMap((did) => {
    const e = by.get(did);
    return e ? [{ did, times: e.times, noted: e.notes.length, hourLater: mean(e.notes) }] : [];
  }).sort((a, b) => b.times - a.times);
  if (byAction.length === 0) return { byAction, sentence: null };
  const parts = byAction.map((o) => {
    const t = `${TRIED[o.did]} ${o.times === 1 ? 'once' : `${o.times} times`}`;
    if (o.hourLater === null) return t;
    return `${t} (an hour later you felt ${round(o.hourLater, 1)} out of 10 settled on average, from ${o.noted} note${o.noted === 1 ? '' : 's'})`;
  });
  const notes = byAction.reduce((n, o) => n + o.noted, 0);
  let sentence = `When the urge to reach out came, you tried ${parts.join('; ')}.`;
  if (notes === 0)
    sentence += ' Noting how you feel an hour later will show how each one sat with you.';
  else {
    sentence += ' These sit side by side; they do not show that one caused the other.';
    if (notes < FEW_NOTES)
      sentence += ` With ${notes} note${notes === 1 ? '' : 's'} so far, read it lightly.`;
  }
  return { byAction, sentence };
}
