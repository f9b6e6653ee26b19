/**
 * F7 space-and-closeness log: when the partner wanted space or closeness, and later what
 * followed. The "N of M times" sentence comes from core (insights/space.ts).
 */
import { spaceReconnection } from '@securebase/core/insights';
import { useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useRecords, useVault } from '../../app/vault.tsx';
import { Button, formatDateTime, Page, TextArea } from '../../ui/index.ts';

type Wanted = 'space' | 'closeness';

export function SpaceLogPage() {
  const vault = useVault();
  const logs = useRecords('space-log');
  const summary = useMemo(() => spaceReconnection(logs), [logs]);
  const [wanted, setWanted] = useState<Wanted | undefined>();
  const [note, setNote] = useState('');
  const awaiting = logs.filter(
    (l) => l.body.wanted === 'space' && l.body.reconnected === undefined,
  );

  return (
    <Page
      title="Space and closeness"
      lede="Wishes for space or closeness come and go, for both of you. Noting what followed shows how it usually goes."
    >
      <p className="card">{summary.sentence}</p>
      <RadioGroup
        className="field"
        value={wanted ?? null}
        onChange={(v) => setWanted(v === 'space' || v === 'closeness' ? v : undefined)}
      >
        <Label className="label">My partner wanted…</Label>
        <div className="chips">
          <Radio value="space" className="choice">
            some space
          </Radio>
          <Radio value="closeness" className="choice">
            more closeness
          </Radio>
        </div>
      </RadioGroup>
      <TextArea
        label="What happened? (optional)"
        value={note}
        onChange={setNote}
        rows={2}
        maxLength={2000}
      />
      <Button
        variant="primary"
        block
        isDisabled={!wanted}
        onPress={async () => {
          if (!wanted) return;
          await vault.create('space-log', { at: Date.now(), wanted, note, followNote: '' });
          setWanted(undefined);
          setNote('');
        }}
      >
        Log it
      </Button>
      <h2>What followed?</h2>
      {awaiting.length === 0 ? (
        <p className="meta">Nothing waiting.</p>
      ) : (
        <ul className="list" aria-label="Waiting for what followed">
          {awaiting.map((l) => (
            <li key={l.id} className="card stack" style={{ gap: 8 }}>
              <span>
                Wanted space · <span className="meta">{formatDateTime(l.body.at)}</span>
              </span>
              {l.body.note ? <span style={{ whiteSpace: 'pre-wrap' }}>{l.body.note}</span> : null}
              <div className="row">
                <Button
                  onPress={() =>
                    vault.update('space-log', l.id, {
                      ...l.body,
                      reconnected: true,
                      reconnectedAt: Date.now(),
                    })
                  }
                >
                  We reconnected
                </Button>
                <Button
                  onPress={() => vault.update('space-log', l.id, { ...l.body, reconnected: false })}
                >
                  We didn't
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
