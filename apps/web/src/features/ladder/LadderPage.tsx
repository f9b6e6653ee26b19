/**
 * F6 uncertainty ladder: steps from templates or the person's own, in their order; the
 * progress and the next-step suggestion come from core (insights/ladder.ts).
 */
import { LADDER_TEMPLATES, type Rec } from '@securebase/core';
import { ladderProgress, type StepProgress } from '@securebase/core/insights';
import { useMemo, useState } from 'react';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, LinkButton, Page } from '../../ui/index.ts';

function describeStep(s: StepProgress): string {
  const parts = [`Tried ${s.attempts} time${s.attempts === 1 ? '' : 's'}`];
  if (s.meanPeak !== null) parts.push(`peak ${Math.round(s.meanPeak)}/100 on average`);
  if (s.lastAfter !== null) parts.push(`last ended at ${s.lastAfter}/100`);
  if (s.settled) parts.push('settled');
  return parts.join(' · ');
}

export function LadderPage() {
  const vault = useVault();
  const steps = useRecords('ladder-step');
  const attempts = useRecords('ladder-attempt');
  const progress = useMemo(() => ladderProgress(steps, attempts), [steps, attempts]);
  const byId = new Map<string, Rec<'ladder-step'>>(steps.map((s) => [s.id, s]));
  const [own, setOwn] = useState('');
  const used = new Set(steps.map((s) => s.body.templateId));
  const nextOrder = steps.reduce((m, s) => Math.max(m, s.body.order + 1), 0);

  const move = async (index: number, delta: -1 | 1) => {
    const a = byId.get(progress.steps[index]?.id ?? '');
    const b = byId.get(progress.steps[index + delta]?.id ?? '');
    if (!a || !b) return;
    // Swap positions; equal orders (possible after a sync) are separated first.
    const ao = a.body.order;
    const bo = b.body.order === ao ? ao + delta : b.body.order;
    await vault.update('ladder-step', a.id, { ...a.body, order: bo });
    await vault.update('ladder-step', b.id, { ...b.body, order: ao });
  };

  return (
    <Page
      title="Uncertainty ladder"
      lede="Small steps of sitting with not knowing, from easier to harder. Go at your own pace."
    >
      <p className="card" role="status">
        {progress.suggestion.sentence}
      </p>
      {progress.steps.length > 0 ? (
        <ol className="list" aria-label="Ladder steps">
          {progress.steps.map((s, i) => (
            <li key={s.id} className="card stack" style={{ gap: 8 }}>
              <strong>{s.text}</strong>
              <span className="meta">{s.attempts === 0 ? 'Not tried yet' : describeStep(s)}</span>
              <div className="row">
                <LinkButton href={`/ladder/${s.id}`}>Do this step</LinkButton>
                <Button
                  aria-label={`Move “${s.text}” up`}
                  isDisabled={i === 0}
                  onPress={() => move(i, -1)}
                >
                  ↑
                </Button>
                <Button
                  aria-label={`Move “${s.text}” down`}
                  isDisabled={i === progress.steps.length - 1}
                  onPress={() => move(i, 1)}
                >
                  ↓
                </Button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}
      <h2>Add a step</h2>
      <div className="stack" style={{ gap: 8 }}>
        {LADDER_TEMPLATES.filter((t) => !used.has(t.id)).map((t, i) => (
          <Button
            key={t.id}
            onPress={() =>
              vault.create('ladder-step', { text: t.text, order: nextOrder + i, templateId: t.id })
            }
          >
            + {t.text}
          </Button>
        ))}
      </div>
      <div className="field">
        <label htmlFor="own-step">Or write your own step</label>
        <div className="row">
          <input
            id="own-step"
            type="text"
            maxLength={300}
            value={own}
            style={{ flex: '1 1 180px', width: 'auto' }}
            onChange={(e) => setOwn(e.target.value)}
          />
          <Button
            isDisabled={!own.trim()}
            onPress={async () => {
              await vault.create('ladder-step', { text: own.trim(), order: nextOrder });
              setOwn('');
            }}
          >
            Add step
          </Button>
        </div>
      </div>
    </Page>
  );
}
