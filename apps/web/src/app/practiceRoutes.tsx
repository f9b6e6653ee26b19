/**
 * Routes of the practice screens (issue 4). Each screen is loaded on first visit, so the
 * home screen's first load stays within its budget; uPlot loads later still, with a chart.
 */
import { type ComponentType, Suspense } from 'react';
import { Route } from 'wouter';
import { InsightsPage } from '../features/insights/index.ts';
import { lazyPage as page } from '../ui/index.ts';

const loading = (
  <p className="lede" role="status">
    Loading…
  </p>
);

const practices = () => import('../features/practices/index.ts');
const reachout = () => import('../features/reachout/index.ts');
const ladder = () => import('../features/ladder/index.ts');
const space = () => import('../features/spacelog/index.ts');
const needs = () => import('../features/needs/index.ts');
const present = () => import('../features/present/index.ts');
const selfcheck = () => import('../features/selfcheck/index.ts');

const ROUTES: [string, ComponentType][] = [
  ['/practices', page(practices, (m) => m.PracticesPage)],
  ['/reachout', page(reachout, (m) => m.ReachOutPage)],
  ['/reachout/:id', page(reachout, (m) => m.ReachOutDetailPage)],
  ['/ladder', page(ladder, (m) => m.LadderPage)],
  ['/ladder/:id', page(ladder, (m) => m.AttemptPage)],
  ['/space', page(space, (m) => m.SpaceLogPage)],
  ['/needs', page(needs, (m) => m.NeedsPage)],
  ['/present', page(present, (m) => m.PresentPage)],
  ['/present/drill', page(present, (m) => m.DrillPage)],
  ['/selfcheck', page(selfcheck, (m) => m.SelfCheckPage)],
  ['/insights', InsightsPage],
];

/** Returned as an array of <Route> so wouter's <Switch> sees them as direct children. */
export function PracticeRoutes() {
  return ROUTES.map(([path, Screen]) => (
    <Route key={path} path={path}>
      <Suspense fallback={loading}>
        <Screen />
      </Suspense>
    </Route>
  ));
}
