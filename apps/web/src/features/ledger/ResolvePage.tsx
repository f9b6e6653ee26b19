/** Record what the partner actually said, and whether the fear came true. */
import { FEAR_OUTCOMES, type FearOutcome } from '@securebase/core';
import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useLocation, useParams } from 'wouter';
import { useRecord, useVault } from '../../session/index.ts';
import { Button, LinkButton, Page, TextArea } from '../../ui/index.ts';

const CHOICE: Record<FearOutcome, string> = { no: 'No', partly: 'Partly', yes: 'Yes' };
const isOutcome = (v: string): v is FearOutcome => (FEAR_OUTCOMES as readonly string[]).includes(v);

export function ResolvePage() {
  const { id } = useParams<{ id: string }>();
  const rec = useRecord('assumption', id);
  const vault = useVault();
  const [, navigate] = useLocation();
  const [said, setSaid] = useState('');
  const [cameTrue, setCameTrue] = useState<FearOutcome | null>(null);
  if (!rec) {
    return (
      <Page title="Assumption not found" lede="It may have been deleted.">
        <LinkButton href="/ledger">Back to the ledger</LinkButton>
      </Page>
    );
  }
  return (
    <Page title="What did they actually say?">
      <blockquote className="quote">{rec.body.fear}</blockquote>
      <p className="meta">It felt {rec.body.likelihood}% likely.</p>
      <TextArea label="What they said, in their words" value={said} onChange={setSaid} rows={3} />
      <RadioGroup
        className="field"
        value={cameTrue}
        onChange={(v) => setCameTrue(isOutcome(v) ? v : null)}
        orientation="horizontal"
      >
        <Label className="label">Did the fear come true?</Label>
        <div className="row">
          {FEAR_OUTCOMES.map((o) => (
            <Radio key={o} value={o} className="choice">
              {CHOICE[o]}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <Button
        variant="primary"
        isDisabled={cameTrue === null}
        onPress={async () => {
          if (cameTrue === null) return;
          await vault.update('assumption', rec.id, {
            ...rec.body,
            partnerSaid: said.trim(),
            cameTrue,
            resolvedAt: Date.now(),
          });
          navigate('/ledger');
        }}
      >
        Save
      </Button>
    </Page>
  );
}
