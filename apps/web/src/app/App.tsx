/**
 * Routes. Home and check-in are in the first bundle; every other screen is a lazy chunk,
 * so the home screen stays within its JavaScript budget as features grow. The service
 * worker precaches all chunks, so lazy screens open offline too.
 */
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AccountScreen, SyncProvider } from '../features/account/index.ts';
import { EditCheckinPage, NewCheckinPage } from '../features/checkin/index.ts';
import { HomePage } from '../features/home/index.ts';
import { LinkButton, Page } from '../ui/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Layout } from './Layout.tsx';
import { lazyPage } from './lazyPage.ts';
import { PracticeRoutes } from './practiceRoutes.tsx';
import { VaultProvider } from './vault.tsx';

const home = () => import('../features/home/index.ts');
const spiral = () => import('../features/spiral/index.ts');
const safety = () => import('../features/safety/index.ts');
const HistoryPage = lazyPage(home, (m) => m.HistoryPage);
const SpiralFlowPage = lazyPage(spiral, (m) => m.SpiralFlowPage);
const SpiralDetailPage = lazyPage(spiral, (m) => m.SpiralDetailPage);
const HelpPage = lazyPage(safety, (m) => m.HelpPage);
const SafetyCheckPage = lazyPage(safety, (m) => m.SafetyCheckPage);
const SettingsPage = lazyPage(
  () => import('../features/settings/index.ts'),
  (m) => m.SettingsPage,
);

export function App() {
  return (
    <Layout>
      <ErrorBoundary>
        <VaultProvider>
          <SyncProvider>
            <Suspense fallback={<p className="meta">Loading…</p>}>
              <Switch>
                <Route path="/" component={HomePage} />
                <Route path="/checkin" component={NewCheckinPage} />
                <Route path="/checkin/:id" component={EditCheckinPage} />
                <Route path="/spiral/:id" component={SpiralFlowPage} />
                <Route path="/spirals/:id" component={SpiralDetailPage} />
                <Route path="/history" component={HistoryPage} />
                <Route path="/safety-check" component={SafetyCheckPage} />
                <Route path="/help" component={HelpPage} />
                <Route path="/settings" component={SettingsPage} />
                <Route path="/account" component={AccountScreen} />
                {PracticeRoutes()}
                <Route>
                  <Page title="Page not found">
                    <LinkButton href="/">Home</LinkButton>
                  </Page>
                </Route>
              </Switch>
            </Suspense>
          </SyncProvider>
        </VaultProvider>
      </ErrorBoundary>
    </Layout>
  );
}
