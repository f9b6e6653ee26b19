import { Page } from '../../ui/index.ts';
import { CheckinList } from '../checkin/index.ts';
import { SpiralList } from '../spiral/index.ts';

export function HistoryPage() {
  return (
    <Page title="History">
      <h2>Spirals</h2>
      <SpiralList />
      <h2>Check-ins</h2>
      <CheckinList />
    </Page>
  );
}
