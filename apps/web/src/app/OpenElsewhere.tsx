/**
 * Shown in a tab while another tab or window holds the journal (session/tabGate.tsx). Calm and
 * plain: nothing is wrong and nothing is lost; one tap moves the journal here. Help stays
 * one tap away, as on the lock screen.
 */

import { HelpNow } from '../features/safety/index.ts';
import type { ElsewhereProps } from '../session/index.ts';
import { Button, Page } from '../ui/index.ts';

export function OpenElsewhere({ moved, asking, late, onUseHere }: ElsewhereProps) {
  return (
    <Page
      title="Secure Base is open in another tab or window"
      lede={
        moved
          ? 'Your journal moved there just now, with everything saved here. A check-in or spiral you had started is kept as a draft.'
          : 'Your journal stays open in one place at a time, so nothing you write gets mixed up.'
      }
    >
      <p>You can carry on there, or use it here instead.</p>
      <Button variant="primary" block big onPress={onUseHere} isDisabled={asking}>
        {asking ? 'Moving it here…' : 'Use it here'}
      </Button>
      <div role="status">
        {late ? (
          <p className="notice" style={{ margin: 0 }}>
            The other window hasn’t let go yet. It may still be saving, so please try again in a
            moment.
          </p>
        ) : null}
      </div>
      <HelpNow />
    </Page>
  );
}
