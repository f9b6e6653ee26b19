/**
 * Reminders that never nag (F17): none by default, a daily time or a few times a day, quiet
 * hours, and the same schedule as a calendar file. Nothing here counts or keeps score.
 */
import type { ReminderSettingsBody } from '@securebase/core';
import {
  chosenTimes,
  ICS_FILENAME,
  nextReminders,
  REMINDER_TITLE,
  reminderNotification,
  remindersIcs,
  ringingTimes,
} from '@securebase/core/reminders';
import { useState } from 'react';
import { Label, Radio, RadioGroup, Switch } from 'react-aria-components';
import {
  askToNotify,
  downloadText,
  type NotifyPermission,
  notifyPermission,
} from '../../platform/index.ts';
// Its own platform entry, not the index: only the lazy reminder chunks use it, and through
// the index it would ride along in the first-load bundle.
import { armBackgroundReminders, canRemind, type ReminderReach } from '../../platform/reminders.ts';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, formatDateTime } from '../../ui/index.ts';
import { DEFAULT_REMINDERS, deviceTimeZone, latestSettings } from './current.ts';
import { TimeField } from './TimeField.tsx';

const MODES = [
  { value: 'none', label: 'No reminders' },
  { value: 'daily', label: 'Once a day' },
  { value: 'several', label: 'A few times a day' },
] as const;
const SEVERAL = ['09:00', '14:00', '20:00'];
const NTH = ['First', 'Second', 'Third'];
const DEFAULT_QUIET = { from: '22:00', to: '08:00' };

const isMode = (v: string): v is ReminderSettingsBody['mode'] => MODES.some((m) => m.value === v);

function reachText(permission: NotifyPermission, reach: ReminderReach | null): string {
  if (!canRemind() || permission === 'unsupported')
    return 'This browser can’t show notifications, so reminders can’t ring here. Your calendar can remind you instead.';
  if (permission === 'denied')
    return 'Notifications are turned off for this app in your browser’s settings, so reminders can’t ring here. Your calendar can remind you instead.';
  if (permission === 'default')
    return 'Reminders need your permission to show notifications; you’ll be asked when you save.';
  if (reach === 'background') return 'Reminders ring on this device, even while the app is closed.';
  return 'Reminders ring on this device while the app is open. When it’s closed this browser can’t ring them, but your calendar can.';
}

export function ReminderSettings() {
  const vault = useVault();
  const saved = latestSettings(useRecords('reminder-settings'));
  const [draft, setDraft] = useState<ReminderSettingsBody>(saved?.body ?? DEFAULT_REMINDERS);
  const [permission, setPermission] = useState(notifyPermission());
  const [reach, setReach] = useState<ReminderReach | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ReminderSettingsBody>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setStatus('');
  };

  const timeZone = deviceTimeZone();
  const silenced = chosenTimes(draft).filter((t) => !ringingTimes(draft).includes(t));
  const [next] = nextReminders(draft, Date.now(), timeZone, 1);
  const times = draft.mode === 'several' ? SEVERAL.map((t, i) => draft.times[i] ?? t) : draft.times;

  const save = async () => {
    setBusy(true);
    try {
      if (saved) await vault.update('reminder-settings', saved.id, draft);
      else await vault.create('reminder-settings', draft);
      let p = notifyPermission();
      if (draft.mode !== 'none' && p === 'default') p = await askToNotify();
      setPermission(p);
      const text = reminderNotification({ concernAnswered: true });
      setReach(await armBackgroundReminders(nextReminders(draft, Date.now(), timeZone, 48), text));
      setStatus(draft.mode === 'none' ? 'Saved. No reminders will ring.' : 'Saved.');
    } finally {
      setBusy(false);
    }
  };

  const addToCalendar = () => {
    const ics = remindersIcs(draft, { now: Date.now(), timeZone, uid: crypto.randomUUID() });
    if (ics) downloadText(ICS_FILENAME, ics, 'text/calendar');
  };

  return (
    <section className="stack" aria-labelledby="reminders-h">
      <h2 id="reminders-h">Reminders</h2>
      <p>
        A gentle nudge to pause and notice how you are, if you’d like one. It’s entirely up to you,
        and nothing keeps count. On a lock screen or in a calendar it only ever says “
        {REMINDER_TITLE}”.
      </p>
      <RadioGroup
        className="field"
        value={draft.mode}
        onChange={(v) => {
          if (!isMode(v)) return;
          set({ mode: v, times: v === 'several' ? times.slice(0, 3) : draft.times.slice(0, 1) });
        }}
      >
        <Label className="label">Remind me</Label>
        <div className="scale" style={{ gridTemplateColumns: '1fr' }}>
          {MODES.map((m) => (
            <Radio key={m.value} value={m.value} className="choice">
              {m.label}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {draft.mode === 'daily' ? (
        <TimeField
          label="Time of day"
          value={draft.times[0] ?? '09:00'}
          onChange={(t) => set({ times: [t] })}
        />
      ) : null}
      {draft.mode === 'several'
        ? times.map((t, i) => (
            <TimeField
              key={NTH[i]}
              label={`${NTH[i]} time`}
              value={t}
              onChange={(v) => set({ times: times.map((old, j) => (j === i ? v : old)) })}
            />
          ))
        : null}
      {draft.mode !== 'none' ? (
        <>
          <Switch
            className="choice"
            isSelected={draft.quiet !== null}
            onChange={(on) => set({ quiet: on ? DEFAULT_QUIET : null })}
            style={{ justifyContent: 'flex-start', gap: 10 }}
          >
            {({ isSelected }) => (
              <>
                <span aria-hidden="true">{isSelected ? '✓' : '○'}</span>
                Keep quiet hours
              </>
            )}
          </Switch>
          {draft.quiet ? (
            <>
              <TimeField
                label="Quiet from"
                value={draft.quiet.from}
                onChange={(from) => set({ quiet: { to: DEFAULT_QUIET.to, ...draft.quiet, from } })}
              />
              <TimeField
                label="Quiet until"
                value={draft.quiet.to}
                onChange={(to) => set({ quiet: { from: DEFAULT_QUIET.from, ...draft.quiet, to } })}
              />
            </>
          ) : null}
          <p className="meta" aria-live="polite">
            {silenced.length > 0 && next === undefined
              ? 'Every time you chose falls in your quiet hours, so nothing would ring.'
              : silenced.length > 0
                ? `${silenced.join(' and ')} falls in your quiet hours, so it stays silent.`
                : ''}
            {next !== undefined ? ` The next one would be ${formatDateTime(next)}.` : ''}
          </p>
        </>
      ) : null}
      <Button variant="primary" onPress={save} isDisabled={busy}>
        {busy ? 'Saving…' : 'Save reminders'}
      </Button>
      <p className="meta" role="status">
        {status}
        {status && draft.mode !== 'none' ? ` ${reachText(permission, reach)}` : ''}
      </p>
      {draft.mode !== 'none' ? (
        <>
          <p>
            Your own calendar can remind you too, on any device and with nothing sent anywhere: the
            file holds only the times and “{REMINDER_TITLE}”.
          </p>
          <Button onPress={addToCalendar} isDisabled={next === undefined}>
            Add to my calendar
          </Button>
        </>
      ) : null}
    </section>
  );
}
