/**
 * Routes. Home and check-in are in the first bundle; every other screen is a lazy chunk,
 * so the home screen stays within its JavaScript budget as features grow. The service
 * worker precaches all chunks, so lazy screens open offline too.
 */
import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AccountScreen, SyncProvider } from '../features/account/index.ts';
import { EditCheckinPage, NewCheckinPage } from '../features/checkin/index.ts';
import { HistoryPage, HomePage } from '../features/home/index.ts';
import { LockScreen } from '../features/lock/index.ts';
import { HelpPage, SafetyCheckPage } from '../features/safety/index.ts';
import { SpiralDetailPage, SpiralFlowPage } from '../features/spiral/index.ts';
import { Opening, TabGate, VaultProvider } from '../session/index.ts';
import { LinkButton, lazyPage, Page } from '../ui/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Layout } from './Layout.tsx';
import { OpenElsewhere } from './OpenElsewhere.tsx';
import { PracticeRoutes } from './practiceRoutes.tsx';

const ComposerPage = lazyPage(
  () => import('../features/composer/index.ts'),
  (m) => m.ComposerPage,
);
const ledger = () => import('../features/ledger/index.ts');
const LedgerPage = lazyPage(ledger, (m) => m.LedgerPage);
const ResolvePage = lazyPage(ledger, (m) => m.ResolvePage);
const SettingsPage = lazyPage(
  () => import('../features/settings/index.ts'),
  (m) => m.SettingsPage,
);

export function App() {
  return (
    <Layout>
      <ErrorBoundary>
        <TabGate fallback={<Opening />} elsewhere={OpenElsewhere}>
          <VaultProvider lockScreen={LockScreen}>
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
                  <Route path="/compose" component={ComposerPage} />
                  <Route path="/ledger" component={LedgerPage} />
                  <Route path="/ledger/:id" component={ResolvePage} />
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
        </TabGate>
      </ErrorBoundary>
    </Layout>
  );
}
