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
  type MetricId,
} from '@securebase/core/insights';
import { lazy, Suspense } from 'react';
import { useRecords } from '../../session/index.ts';
import { LinkButton, Page } from '../../ui/index.ts';
import { localCalendar } from './calendar.ts';
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
  id,
  weekStarts,
  values,
  comparison,
}: {
  id: MetricId;
  weekStarts: number[];
  values: (number | null)[];
  comparison: Comparison | undefined;
}) {
  const label = METRICS.find((m) => m.id === id)?.label ?? id;
  const recent = values.slice(-12);
  const withData = recent.filter((v) => v !== null).length;
  return (
    <section className="card stack" style={{ gap: 8 }} aria-label={label}>
      <h3 style={{ margin: 0 }}>{label}</h3>
      <Suspense fallback={<p className="meta">Loading chart…</p>}>
        <TrendChart weekStarts={weekStarts.slice(-26)} values={values.slice(-26)} label={label} />
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
  const out = computeInsights(data, { calendar: localCalendar, now: Date.now() });
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
        {easier.length === 0 ? (
          <p className="meta">After a few weeks of entries, changes will show up here.</p>
        ) : (
          <ul className="list" aria-label="Changes in the last four weeks">
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
            id={m.id}
            weekStarts={out.trends.weekStarts}
            values={out.trends.series[m.id]}
            comparison={byId.get(m.id)}
          />
        ))}
      </section>
      <FactorList factors={out.factors} />
      <section className="stack" aria-labelledby="practice-h">
        <h2 id="practice-h">Your practices</h2>
        <p className="card">{out.reachOuts.sentence}</p>
        <p className="card">{out.space.sentence}</p>
        <p className="card">{out.fears.sentence}</p>
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
