/**
 * Every trend statistic, defined once. A metric turns the data into dated samples and
 * names how samples over any stretch of days combine into one value; weekly trends and
 * "what's getting easier" both use these definitions, so they can never disagree.
 */
import { isPursuing } from '../records/types/reachout.ts';
import type { Calendar } from './calendar.ts';
import type { InsightData } from './data.ts';
import { partnerLoadIndex } from './needs.ts';
import { mean } from './stats.ts';

export interface Sample {
  day: number;
  value: number;
}

/**
 * mean / median: of the samples in the stretch;
 * perWeek: sum of the samples divided by the stretch's length in weeks;
 * latest: the newest sample on or before the stretch's last day (a state, like the needs map).
 */
export type Aggregate = 'mean' | 'median' | 'perWeek' | 'latest';

/** Which direction reads as "getting easier"; 'neither' for statistics that are not goals. */
export type Better = 'higher' | 'lower' | 'neither';

/** Which two stretches a sentence compares, in words. */
export interface Period {
  /** "in the last four weeks" */
  recent: string;
  /** "before" */
  earlier: string;
  /** " a week" for per-week rates over four weeks; "" for 7-day totals. */
  rate: string;
}

export const FOUR_WEEKS: Period = {
  recent: 'in the last four weeks',
  earlier: 'before',
  rate: ' a week',
};
export const SEVEN_DAYS: Period = {
  recent: 'in the last 7 days',
  earlier: 'in the 7 days before',
  rate: '',
};

export interface Axis {
  label: string;
  min: number;
  max: number | null;
  /** Values are shares (0 … 1) shown as per cent. */
  percent: boolean;
}

const scale = (label: string, max: number | null, percent = false): Axis => ({
  label,
  min: 0,
  max,
  percent,
});

export interface MetricDef {
  id: string;
  label: string;
  aggregate: Aggregate;
  better: Better;
  /** A change smaller than this reads as "about the same". */
  steady: number;
  /** Fewest samples each period needs before a mean or median is compared. */
  minSamples: number;
  /** How a value is shown in a sentence. */
  format: (v: number) => string;
  /** The sentence comparing two stretches of days; `cmp` is e.g. "up from". */
  sentence: (recent: string, cmp: string, earlier: string, p: Period) => string;
  /** What one sample is, singular and plural ("check-in", "check-ins"), for counts. */
  nouns: readonly [string, string];
  /** The chart's value axis: the measure's full scale (max null: from the data), and its label. */
  axis: Axis;
  samples: (data: InsightData, cal: Calendar) => Sample[];
}

const one = (v: number) => (Math.round(v * 10) / 10).toString();
const whole = (v: number) => Math.round(v).toString();
const pct = (v: number) => `${Math.round(v * 100)} %`;

const FEAR_SCORE = { yes: 1, partly: 0.5, no: 0 } as const;

export const METRICS = [
  {
    id: 'security',
    label: 'How secure you felt',
    aggregate: 'mean',
    better: 'higher',
    steady: 0.3,
    minSamples: 3,
    format: one,
    sentence: (r, c, e, p) =>
      `You felt ${r} out of 10 secure on average ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['check-in', 'check-ins'],
    axis: scale('Security, 0 to 10', 10),
    samples: (d, cal) =>
      d.checkins.map((r) => ({ day: cal.dayOf(r.body.at), value: r.body.security })),
  },
  {
    id: 'spirals',
    label: 'Spirals a week',
    aggregate: 'perWeek',
    better: 'lower',
    steady: 0.25,
    minSamples: 0,
    format: one,
    sentence: (r, c, e, p) =>
      `You logged ${r} ${r === '1' ? 'spiral' : 'spirals'}${p.rate} ${p.recent}, ${c} ${e}${p.rate} ${p.earlier}.`,
    nouns: ['spiral', 'spirals'],
    axis: scale('Spirals per week', null),
    samples: (d, cal) => d.spirals.map((r) => ({ day: cal.dayOf(r.body.startedAt), value: 1 })),
  },
  {
    id: 'calmMinutes',
    label: 'Minutes from a spiral’s start to calm (median)',
    aggregate: 'median',
    better: 'lower',
    steady: 2,
    minSamples: 3,
    format: whole,
    sentence: (r, c, e, p) =>
      `From the start of a spiral to feeling calmer took about ${r} minutes ${p.recent} (the middle value), ${c} ${e} ${p.earlier}.`,
    nouns: ['spiral', 'spirals'],
    axis: scale('Minutes to calm', null),
    samples: (d, cal) => {
      const out: Sample[] = [];
      for (const { body: s } of d.spirals) {
        if (s.status !== 'done' || s.calmAt === undefined || s.calmAt < s.startedAt) continue;
        out.push({ day: cal.dayOf(s.startedAt), value: (s.calmAt - s.startedAt) / 60_000 });
      }
      return out;
    },
  },
  {
    id: 'intensityDrop',
    label: 'Drop in feeling intensity per spiral',
    aggregate: 'mean',
    better: 'higher',
    steady: 3,
    minSamples: 3,
    format: whole,
    sentence: (r, c, e, p) =>
      `A spiral brought your feelings down by ${r} points on average ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['spiral', 'spirals'],
    axis: scale('Points down, of 100', 100),
    samples: (d, cal) => {
      const out: Sample[] = [];
      for (const { body: s } of d.spirals) {
        const before = mean(s.feelings.map((f) => f.intensity));
        const after = mean(s.feelingsAfter.map((f) => f.intensity));
        if (before === null || after === null) continue;
        out.push({ day: cal.dayOf(s.startedAt), value: before - after });
      }
      return out;
    },
  },
  {
    id: 'urge',
    label: 'Urge to reach out',
    aggregate: 'mean',
    better: 'lower',
    steady: 0.3,
    minSamples: 3,
    format: one,
    sentence: (r, c, e, p) =>
      `Urges to reach out were ${r} out of 10 on average ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['urge', 'urges'],
    axis: scale('Urge, 0 to 10', 10),
    samples: (d, cal) =>
      d.reachOuts.map((r) => ({ day: cal.dayOf(r.body.at), value: r.body.urge })),
  },
  {
    id: 'pursueShare',
    label: 'Urges you pursued (vs paused, soothed or did something for you)',
    aggregate: 'mean',
    better: 'lower',
    steady: 0.05,
    minSamples: 3,
    format: pct,
    sentence: (r, c, e, p) => `You pursued ${r} of your urges ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['urge', 'urges'],
    axis: scale('Urges pursued, %', 1, true),
    samples: (d, cal) =>
      d.reachOuts.map((r) => ({
        day: cal.dayOf(r.body.at),
        value: isPursuing(r.body.did) ? 1 : 0,
      })),
  },
  {
    id: 'fearConfirmed',
    label: 'Fears that came true (partly counts half)',
    aggregate: 'mean',
    better: 'neither',
    steady: 0.05,
    minSamples: 3,
    format: pct,
    sentence: (r, c, e, p) =>
      `Of the fears you checked ${p.recent}, ${r} came true, ${c} ${e} ${p.earlier}.`,
    nouns: ['checked fear', 'checked fears'],
    axis: scale('Came true, %', 1, true),
    samples: (d, cal) => {
      const out: Sample[] = [];
      for (const { body: a } of d.assumptions) {
        if (a.cameTrue !== undefined)
          out.push({ day: cal.dayOf(a.at), value: FEAR_SCORE[a.cameTrue] });
      }
      return out;
    },
  },
  {
    id: 'partnerLoad',
    label: 'Needs resting on your partner alone',
    aggregate: 'latest',
    better: 'lower',
    steady: 0.05,
    minSamples: 1,
    format: pct,
    sentence: (r, c, e) =>
      `${r} of your needs rest on your partner alone now, ${c} ${e} four weeks ago.`,
    nouns: ['map', 'maps'],
    axis: scale('Partner alone, %', 1, true),
    samples: (d, cal) => {
      const out: Sample[] = [];
      for (const { body: m } of d.needsMaps) {
        const v = partnerLoadIndex(m);
        if (v !== null) out.push({ day: cal.dayOf(m.at), value: v });
      }
      return out;
    },
  },
  {
    id: 'ownTimeMinutes',
    label: 'Own-time minutes a week',
    aggregate: 'perWeek',
    better: 'higher',
    steady: 15,
    minSamples: 0,
    format: whole,
    sentence: (r, c, e, p) =>
      `You logged ${r} minutes of own time${p.rate} ${p.recent}, ${c} ${e}${p.rate} ${p.earlier}.`,
    nouns: ['entry', 'entries'],
    axis: scale('Minutes per week', null),
    samples: (d, cal) =>
      d.ownTime.map((r) => ({ day: cal.dayOf(r.body.at), value: r.body.minutes })),
  },
  {
    id: 'presence',
    label: 'How present you felt',
    aggregate: 'mean',
    better: 'higher',
    steady: 0.3,
    minSamples: 3,
    format: one,
    sentence: (r, c, e, p) =>
      `After time together you felt ${r} out of 10 present on average ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['log', 'logs'],
    axis: scale('Presence, 0 to 10', 10),
    samples: (d, cal) =>
      d.presence.map((r) => ({ day: cal.dayOf(r.body.at), value: r.body.present })),
  },
  {
    id: 'ladderDistress',
    label: 'Peak distress on ladder steps',
    aggregate: 'mean',
    better: 'lower',
    steady: 5,
    minSamples: 3,
    format: whole,
    sentence: (r, c, e, p) =>
      `Distress at its peak on ladder steps was ${r} out of 100 ${p.recent}, ${c} ${e} ${p.earlier}.`,
    nouns: ['attempt', 'attempts'],
    axis: scale('Peak distress, 0 to 100', 100),
    samples: (d, cal) => {
      const out: Sample[] = [];
      for (const { body: a } of d.ladderAttempts) {
        if (a.peak !== undefined) out.push({ day: cal.dayOf(a.at), value: a.peak });
      }
      return out;
    },
  },
] as const satisfies readonly MetricDef[];

export type MetricId = (typeof METRICS)[number]['id'];
