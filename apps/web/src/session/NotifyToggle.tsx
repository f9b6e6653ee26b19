/** "Let me know when the pause ends": asks for notification permission only when the person chooses to. */
import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { askToNotify, notifyPermission } from '../platform/index.ts';

export function NotifyToggle() {
  const [state, setState] = useState(notifyPermission());
  if (state === 'unsupported') return null;
  if (state === 'denied')
    return (
      <p className="meta">
        Notifications are off for this app, so the end of the pause shows here instead.
      </p>
    );
  return (
    <Switch
      className="choice"
      isSelected={state === 'granted'}
      isDisabled={state === 'granted'}
      onChange={async () => setState(await askToNotify())}
      style={{ justifyContent: 'flex-start', gap: 10 }}
    >
      {({ isSelected }) => (
        <>
          <span aria-hidden="true">{isSelected ? '✓' : '○'}</span>
          {isSelected
            ? 'You’ll get a notification when a pause ends'
            : 'Let me know when the pause ends'}
        </>
      )}
    </Switch>
  );
}
