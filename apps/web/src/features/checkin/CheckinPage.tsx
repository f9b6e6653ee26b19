import { useState } from 'react';
import { useLocation, useParams } from 'wouter';
import { useRecord, useVault } from '../../session/index.ts';
import { Confirm, formatDateTime, LinkButton, Page } from '../../ui/index.ts';
import { type CheckinDraft, CheckinForm } from './CheckinForm.tsx';

const blank = (): CheckinDraft => ({ at: Date.now(), tags: [], note: '' });

export function NewCheckinPage() {
  const vault = useVault();
  const [, navigate] = useLocation();
  return (
    <Page
      title="Check in"
      lede="A quick look inwards. Only the first question matters; the rest is there if it helps."
    >
      <CheckinForm
        initial={blank()}
        saveLabel="Save check-in"
        onSave={async (b) => {
          await vault.create('checkin', { ...b, at: Date.now() });
        }}
        onDone={() => navigate('/?saved=checkin')}
      />
    </Page>
  );
}

export function EditCheckinPage() {
  const { id } = useParams<{ id: string }>();
  const vault = useVault();
  const rec = useRecord('checkin', id);
  const [, navigate] = useLocation();
  const [gone, setGone] = useState(false);
  if (!rec || gone)
    return (
      <Page title="Check-in not found" lede="It may have been deleted.">
        <LinkButton href="/history">Back to history</LinkButton>
      </Page>
    );
  return (
    <Page title="Edit check-in" lede={formatDateTime(rec.body.at)}>
      <CheckinForm
        initial={rec.body}
        of={rec.id}
        saveLabel="Save changes"
        onSave={async (b) => {
          await vault.update('checkin', rec.id, b);
        }}
        onDone={() => navigate('/history')}
      />
      <Confirm
        trigger="Delete this check-in"
        title="Delete this check-in?"
        confirmLabel="Delete"
        onConfirm={async () => {
          setGone(true);
          await vault.remove(rec.id);
          navigate('/history');
        }}
      >
        <p>It will be removed from this device. This cannot be undone.</p>
      </Confirm>
    </Page>
  );
}
