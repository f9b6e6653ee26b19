/**
 * F11 insights: what is getting easier, weekly trends (charts lazy-loaded, each with a text
 * summary), factor effects with their uncertainty, and the practice summaries. Every
 * number comes from core (packages/core/src/insights); this screen only lays them out.
 */
import {
  type Comparison,
  computeInsights,
  type InsightData,
  METRICS,
  type Metric,
} from '@securebase/core/insights';
import { lazy, Suspense } from 'react';
import { useRecords } from '../../session/index.ts';
import { LinkButton, Page } from '../../ui/index.ts';
import { localCalendar } from './calendar.ts';
import { EarlyNotes } from './EarlyNotes.tsx';
import { FactorList } from './FactorList.tsx';

const TrendChart = lazy(() => import('./TrendChart.tsx'));

function useInsightData(): InsightData {
  return {
    checkins: useRecords('checkin'),
    spirals: useRecords('spiral'),
    reachOuts: useRecords('reach-out'),
    assumptions: useRecords('assumption'),
    ladderSteps: useRecords('ladder-step'),
    ladderAttempts: useRecords('ladder-attempt'),
    spaceLogs: useRecords('space-log'),
    needsMaps: useRecords('needs-map'),
    ownTime: useRecords('own-time'),
    drills: useRecords('listening-drill'),
    presence: useRecords('presence-log'),
    mindful: useRecords('mindful-minute'),
    selfChecks: useRecords('self-check'),
  };
}

const ORDER: Record<Comparison['status'], number> = {
  easier: 0,
  steady: 1,
  changed: 2,
  harder: 3,
  'not-enough-data': 4,
};

function Trend({
  metric,
  weekStarts,
  values,
  today,
  comparison,
}: {
  metric: Metric;
  weekStarts: number[];
  values: (number | null)[];
  today: number;
  comparison: Comparison | undefined;
}) {
  const label = metric.label;
  const recent = values.slice(-12);
  const withData = recent.filter((v) => v !== null).length;
  return (
    <section className="card stack" style={{ gap: 8 }} aria-label={label}>
      <h3 style={{ margin: 0 }}>{label}</h3>
      <Suspense fallback={<p className="meta">Loading chart…</p>}>
        <TrendChart
          weekStarts={weekStarts.slice(-26)}
          values={values.slice(-26)}
          today={today}
          axis={metric.axis}
          label={label}
        />
      </Suspense>
      <p style={{ margin: 0 }}>{comparison?.sentence}</p>
      <p className="meta" style={{ margin: 0 }}>
        Weeks with entries: {withData} of the last {recent.length}.
      </p>
    </section>
  );
}

export function InsightsPage() {
  const data = useInsightData();
  // No memo needed: this screen has no state of its own, so it renders only when records change.
  const now = Date.now();
  const out = computeInsights(data, { calendar: localCalendar, now });
  const today = localCalendar.dayOf(now);
  const easier = out.easier
    .filter((c) => c.status !== 'not-enough-data')
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  const charted = METRICS.filter((m) => out.trends.series[m.id].some((v) => v !== null));
  const byId = new Map(out.easier.map((c) => [c.metric, c]));

  return (
    <Page
      title="Insights"
      lede="How things are moving for you, in plain words. No streaks, no scores to keep up."
    >
      <section className="stack" aria-labelledby="easier-h">
        <h2 id="easier-h">What's getting easier</h2>
        <p className="meta">
          {out.easier.some((c) => c.span === 'four-weeks')
            ? 'The last four weeks against the weeks before, where there is enough to compare; otherwise the last 7 days against the 7 before.'
            : 'The last 7 days against the 7 before. Once there are more than four weeks of entries, the last four weeks will be compared with the weeks before.'}
        </p>
        {easier.length === 0 ? (
          <p className="card">{byId.get('security')?.sentence}</p>
        ) : (
          <ul className="list" aria-label="What has changed">
            {easier.map((c) => (
              <li key={c.metric} className="card">
                {c.status === 'easier' ? <span className="pill">easier</span> : null} {c.sentence}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="stack" aria-labelledby="trends-h">
        <h2 id="trends-h">Week by week</h2>
        {charted.length === 0 ? <p className="meta">Nothing to chart yet.</p> : null}
        {charted.map((m) => (
          <Trend
            key={m.id}
            metric={m}
            today={today}
            weekStarts={out.trends.weekStarts}
            values={out.trends.series[m.id]}
            comparison={byId.get(m.id)}
          />
        ))}
      </section>
      <EarlyNotes out={out} />
      <FactorList factors={out.factors} />
      <section className="stack" aria-labelledby="practice-h">
        <h2 id="practice-h">Your practices</h2>
        <p className="card">{out.reachOuts.sentence}</p>
        <p className="card">{out.space.sentence}</p>
        <p className="card">{out.ladder.suggestion.sentence}</p>
        {out.needs.partnerLoad !== null ? (
          <p className="card">
            {Math.round(out.needs.partnerLoad * 100)} % of your needs rest on your partner alone.{' '}
            {out.needs.suggestion?.sentence ?? ''}
          </p>
        ) : null}
        <p className="card">{out.selfCheck.sentence}</p>
        {out.selfCheck.due ? (
          <LinkButton href="/selfcheck">Take this month's self-check</LinkButton>
        ) : null}
      </section>
    </Page>
  );
}
