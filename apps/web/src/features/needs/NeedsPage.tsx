/**
 * F8 needs map and own time. Saving the map writes a dated snapshot (see core needs.ts),
 * so the partner-load index has a history; the newest snapshot is the current map.
 */
import { defaultNeedsMap, NEED_SOURCES, type NeedEntry, type NeedSource } from '@securebase/core';
import {
  currentNeedsMap,
  elsewhereSuggestion,
  partnerLoadIndex,
  weekOfDay,
} from '@securebase/core/insights';
import { useMemo, useState } from 'react';
import { Checkbox, CheckboxGroup, Label } from 'react-aria-components';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, Page } from '../../ui/index.ts';
import { localCalendar } from '../insights/index.ts';
import { SOURCE_LABELS } from './labels.ts';
import { OwnTimeSection } from './OwnTime.tsx';

const isSource = (s: string): s is NeedSource => (NEED_SOURCES as readonly string[]).includes(s);

function NeedRow({ need, onChange }: { need: NeedEntry; onChange: (n: NeedEntry) => void }) {
  return (
    <CheckboxGroup
      className="field card"
      value={need.sources}
      onChange={(v) => onChange({ ...need, sources: v.filter(isSource) })}
    >
      <Label className="label">{need.name}</Label>
      <div className="chips">
        {NEED_SOURCES.map((s) => (
          <Checkbox key={s} value={s} className="choice">
            {SOURCE_LABELS[s]}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

export function NeedsPage() {
  const vault = useVault();
  const maps = useRecords('needs-map');
  const saved = useMemo(() => currentNeedsMap(maps), [maps]);
  const [needs, setNeeds] = useState<NeedEntry[]>(() => (saved ?? defaultNeedsMap(0)).needs);
  const [newNeed, setNewNeed] = useState('');
  const [status, setStatus] = useState('');
  const index = saved ? partnerLoadIndex(saved) : null;
  const suggestion = saved
    ? elsewhereSuggestion(saved, weekOfDay(localCalendar.dayOf(Date.now())))
    : null;

  return (
    <Page
      title="Needs map"
      lede="No one person can meet every need. Tick where each need is met for you now; it is fine if some have few sources."
    >
      {index !== null ? (
        <div className="card stack" style={{ gap: 8 }}>
          <p style={{ margin: 0 }}>
            {Math.round(index * 100)} % of your needs rest on your partner alone.
          </p>
          {suggestion ? <p style={{ margin: 0 }}>{suggestion.sentence}</p> : null}
        </div>
      ) : null}
      {needs.map((n, i) => (
        <NeedRow
          key={n.name}
          need={n}
          onChange={(next) => setNeeds(needs.map((x, j) => (j === i ? next : x)))}
        />
      ))}
      <div className="field">
        <label htmlFor="new-need">Add a need of your own</label>
        <div className="row">
          <input
            id="new-need"
            type="text"
            maxLength={60}
            value={newNeed}
            style={{ flex: '1 1 160px', width: 'auto' }}
            onChange={(e) => setNewNeed(e.target.value)}
          />
          <Button
            isDisabled={!newNeed.trim() || needs.some((n) => n.name === newNeed.trim())}
            onPress={() => {
              setNeeds([...needs, { name: newNeed.trim(), sources: [] }]);
              setNewNeed('');
            }}
          >
            Add need
          </Button>
        </div>
      </div>
      <Button
        variant="primary"
        block
        onPress={async () => {
          await vault.create('needs-map', { at: Date.now(), needs });
          setStatus('Needs map saved.');
        }}
      >
        Save needs map
      </Button>
      <p className="meta" role="status">
        {status}
      </p>
      <OwnTimeSection />
    </Page>
  );
}
