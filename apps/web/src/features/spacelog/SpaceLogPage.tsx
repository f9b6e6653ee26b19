/**
 * F7 space-and-closeness log: when the partner wanted space or closeness, and later what
 * followed. The "N of M times" sentence comes from core (insights/space.ts).
 */
import type { SpaceLogBody } from '@securebase/core';
import { spaceReconnection } from '@securebase/core/insights';
import { useId, useMemo, useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useRecords, useVault } from '../../session/index.ts';
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
              <WhatFollowed id={l.id} body={l.body} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** When they reconnected is asked, not assumed: "We reconnected" may be logged hours later. */
const WHEN = [
  { label: 'just now', agoMs: 0 },
  { label: 'about an hour ago', agoMs: 3_600_000 },
  { label: 'a few hours ago', agoMs: 3 * 3_600_000 },
  { label: 'yesterday', agoMs: 24 * 3_600_000 },
] as const;

function WhatFollowed({ id, body }: { id: string; body: SpaceLogBody }) {
  const vault = useVault();
  const [when, setWhen] = useState(0);
  const selectId = useId();
  const ago = WHEN[when]?.agoMs ?? 0;
  return (
    <div className="stack" style={{ gap: 8 }}>
      <div className="field">
        <label htmlFor={selectId}>When did you reconnect?</label>
        <select
          id={selectId}
          className="select"
          value={when}
          onChange={(e) => setWhen(Number(e.target.value))}
        >
          {WHEN.map((w, i) => (
            <option key={w.label} value={i}>
              {w.label}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <Button
          onPress={() =>
            vault.update('space-log', id, {
              ...body,
              reconnected: true,
              // Never before the moment they asked for space.
              reconnectedAt: Math.max(body.at, Date.now() - ago),
            })
          }
        >
          We reconnected
        </Button>
        <Button onPress={() => vault.update('space-log', id, { ...body, reconnected: false })}>
          We didn't
        </Button>
      </div>
    </div>
  );
}
