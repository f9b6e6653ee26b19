/**
 * F3 reach-out log: the urge and what I did, in two taps; a pause timer with the urge
 * re-rated at the end; later the partner's response and how I felt an hour later.
 */
import { PAUSE_MINUTES, REACH_OUT_ACTIONS, type ReachOutAction } from '@securebase/core';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { notifyAt } from '../../platform/index.ts';
import { NotifyToggle, useRecords, useVault } from '../../session/index.ts';
import { Button, formatDateTime, Page, Scale } from '../../ui/index.ts';

export const ACTION_LABELS: Record<ReachOutAction, string> = {
  texted: 'Texted them',
  called: 'Called them',
  'checked-status': 'Checked their status',
  paused: 'Paused first',
  soothed: 'Soothed myself',
  'for-me': 'Did something for me',
};

export const PAUSE_OVER_TITLE = 'Your pause is over';
export const PAUSE_OVER_BODY = 'How strong is the urge now? Open Secure Base to check in with it.';

export function ReachOutPage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  const [urge, setUrge] = useState<number | undefined>();
  const [did, setDid] = useState<ReachOutAction | undefined>();
  const [pause, setPause] = useState<(typeof PAUSE_MINUTES)[number]>(15);
  const open = useRecords('reach-out').filter((r) => r.body.status === 'open');

  const save = async () => {
    if (urge === undefined || !did) return;
    const at = Date.now();
    const paused =
      did === 'paused' ? { pauseMinutes: pause, pauseEndsAt: at + pause * 60_000 } : {};
    const rec = await vault.create('reach-out', {
      at,
      urge,
      did,
      ...paused,
      partnerResponse: '',
      note: '',
      status: 'open',
    });
    if (paused.pauseEndsAt)
      notifyAt(paused.pauseEndsAt, `pause-${rec.id}`, PAUSE_OVER_TITLE, PAUSE_OVER_BODY);
    navigate(`/reachout/${rec.id}`);
  };

  return (
    <Page
      title="The urge to reach out"
      lede="Noticing the urge is already a step. There is no wrong answer here."
    >
      <Scale
        label="How strong is the urge to contact them or seek reassurance?"
        min={0}
        max={10}
        value={urge}
        onChange={setUrge}
        lowLabel="0 · barely"
        highLabel="10 · overwhelming"
      />
      <RadioGroup
        className="field"
        value={did ?? null}
        onChange={(v) => setDid(REACH_OUT_ACTIONS.find((a) => a === v))}
      >
        <Label className="label">What I did (or will do)</Label>
        <div className="chips">
          {REACH_OUT_ACTIONS.map((a) => (
            <Radio key={a} value={a} className="choice">
              {ACTION_LABELS[a]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {did === 'paused' ? (
        <RadioGroup
          className="field"
          value={String(pause)}
          onChange={(v) => setPause(PAUSE_MINUTES.find((m) => String(m) === v) ?? 15)}
          orientation="horizontal"
        >
          <Label className="label">Pause for</Label>
          <div className="chips">
            {PAUSE_MINUTES.map((m) => (
              <Radio key={m} value={String(m)} className="choice">
                {m} minutes
              </Radio>
            ))}
          </div>
        </RadioGroup>
      ) : null}
      {did === 'paused' ? <NotifyToggle /> : null}
      <Button variant="primary" big block isDisabled={urge === undefined || !did} onPress={save}>
        {did === 'paused' ? 'Start the pause' : 'Save'}
      </Button>
      <h2>Waiting for how it went</h2>
      {open.length === 0 ? (
        <p className="meta">Nothing open.</p>
      ) : (
        <ul className="list" aria-label="Open reach-outs">
          {open.map((r) => (
            <li key={r.id}>
              <Link href={`/reachout/${r.id}`} className="card list-item">
                <span>
                  Urge {r.body.urge}/10 · {ACTION_LABELS[r.body.did]}
                </span>
                <span className="meta"> · {formatDateTime(r.body.at)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
