/** Own-time log: what I did for myself and for how long. */
import { useState } from 'react';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, formatDateTime } from '../../ui/index.ts';

export function OwnTimeSection() {
  const vault = useVault();
  const entries = useRecords('own-time');
  const [activity, setActivity] = useState('');
  const [minutes, setMinutes] = useState('30');
  const mins = Number(minutes);
  const valid = activity.trim() !== '' && Number.isInteger(mins) && mins >= 1 && mins <= 1440;
  return (
    <section className="stack" aria-labelledby="own-time-h">
      <h2 id="own-time-h">Own time</h2>
      <div className="field">
        <label htmlFor="own-activity">What did you do for yourself?</label>
        <input
          id="own-activity"
          type="text"
          maxLength={80}
          value={activity}
          onChange={(e) => setActivity(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="own-minutes">Minutes</label>
        <input
          id="own-minutes"
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </div>
      <Button
        block
        isDisabled={!valid}
        onPress={async () => {
          await vault.create('own-time', {
            at: Date.now(),
            activity: activity.trim(),
            minutes: mins,
            note: '',
          });
          setActivity('');
        }}
      >
        Log own time
      </Button>
      {entries.length > 0 ? (
        <ul className="list" aria-label="Own time">
          {entries.slice(0, 5).map((e) => (
            <li key={e.id} className="card">
              {e.body.activity} · {e.body.minutes} min{' '}
              <span className="meta">· {formatDateTime(e.body.at)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
