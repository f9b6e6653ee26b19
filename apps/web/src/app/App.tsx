/**
 * Routes. Home and check-in are in the first bundle; every other screen is a lazy chunk,
 * so the home screen stays within its JavaScript budget as features grow. The service
 * worker precaches all chunks, so lazy screens open offline too.
 */
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AccountScreen, SyncProvider } from '../features/account/index.ts';
import { EditCheckinPage, NewCheckinPage } from '../features/checkin/index.ts';
import { HomePage } from '../features/home/index.ts';
import { LinkButton, Page } from '../ui/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Layout } from './Layout.tsx';
import { VaultProvider } from './vault.tsx';

const HistoryPage = lazy(() =>
  import('../features/home/index.ts').then((m) => ({ default: m.HistoryPage })),
);
const SpiralFlowPage = lazy(() =>
  import('../features/spiral/index.ts').then((m) => ({ default: m.SpiralFlowPage })),
);
const SpiralDetailPage = lazy(() =>
  import('../features/spiral/index.ts').then((m) => ({ default: m.SpiralDetailPage })),
);
const HelpPage = lazy(() =>
  import('../features/safety/index.ts').then((m) => ({ default: m.HelpPage })),
);
const SafetyCheckPage = lazy(() =>
  import('../features/safety/index.ts').then((m) => ({ default: m.SafetyCheckPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/index.ts').then((m) => ({ default: m.SettingsPage })),
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
