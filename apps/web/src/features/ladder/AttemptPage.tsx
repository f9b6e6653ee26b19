/** Doing one ladder step: distress before, at its peak and after (0–100), all optional. */
import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useRecord, useVault } from '../../session/index.ts';
import { Button, LinkButton, Page, Range } from '../../ui/index.ts';

export function AttemptPage() {
  const { id } = useParams<{ id: string }>();
  const vault = useVault();
  const step = useRecord('ladder-step', id);
  const [, navigate] = useLocation();
  const [before, setBefore] = useState(50);
  const [peak, setPeak] = useState(50);
  const [after, setAfter] = useState(50);
  if (!step)
    return (
      <Page title="Step not found" lede="It may have been deleted.">
        <LinkButton href="/ladder">Back to the ladder</LinkButton>
      </Page>
    );
  return (
    <Page
      title={step.body.text}
      lede="Rate your distress from 0 (calm) to 100 (the most you can imagine). Rough guesses are fine."
    >
      <Range label="Before I started" value={before} onChange={setBefore} />
      <Range label="At its peak" value={peak} onChange={setPeak} />
      <Range label="Afterwards" value={after} onChange={setAfter} />
      <Button
        variant="primary"
        big
        block
        onPress={async () => {
          await vault.create('ladder-attempt', {
            stepId: step.id,
            at: Date.now(),
            before,
            peak,
            after,
            note: '',
          });
          navigate('/ladder');
        }}
      >
        Save this try
      </Button>
    </Page>
  );
}
