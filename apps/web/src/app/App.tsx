import { Route, Switch } from 'wouter';
import { EditCheckinPage, NewCheckinPage } from '../features/checkin/index.ts';
import { HistoryPage, HomePage } from '../features/home/index.ts';
import { HelpPage, SafetyCheckPage } from '../features/safety/index.ts';
import { SettingsPage } from '../features/settings/index.ts';
import { SpiralDetailPage, SpiralFlowPage } from '../features/spiral/index.ts';
import { LinkButton, Page } from '../ui/index.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Layout } from './Layout.tsx';
import { PracticeRoutes } from './practiceRoutes.tsx';
import { VaultProvider } from './vault.tsx';

export function App() {
  return (
    <Layout>
      <ErrorBoundary>
        <VaultProvider>
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
            {PracticeRoutes()}
            <Route>
              <Page title="Page not found">
                <LinkButton href="/">Home</LinkButton>
              </Page>
            </Route>
          </Switch>
        </VaultProvider>
      </ErrorBoundary>
    </Layout>
  );
}
