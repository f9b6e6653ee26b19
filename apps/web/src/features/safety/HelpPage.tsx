/** Help: reachable from every screen. Helplines, the person's own local services, and the safety check again. */
import type { HelpContactBody } from '@securebase/core';
import { useId, useState } from 'react';
import { useRecords, useVault } from '../../session/index.ts';
import { Button, LinkButton, Page } from '../../ui/index.ts';
import { HelplineList } from './HelplineList.tsx';

export function HelpPage() {
  const contacts = useRecords('help-contact');
  const vault = useVault();
  return (
    <Page
      title="Help"
      lede="Secure Base is a self-help tool, not therapy or a crisis service. If you feel unsafe, or think you might hurt yourself, please reach out to people who can help right now."
    >
      <p>
        <strong>In an emergency, call your local emergency number</strong> (911, 999, 112 or 000).
      </p>
      <h2>Your local services</h2>
      {contacts.length === 0 ? (
        <p className="meta">
          Add a local helpline, a counsellor or a friend you trust, so they are one tap away.
        </p>
      ) : null}
      <ul className="list" aria-label="Your local services">
        {contacts.map((c) => (
          <li key={c.id} className="card stack" style={{ gap: 6 }}>
            <strong>{c.body.name}</strong>
            {c.body.note ? <span>{c.body.note}</span> : null}
            <div className="row">
              {c.body.phone ? (
                <a
                  className="btn"
                  data-variant="secondary"
                  href={`tel:${c.body.phone.replace(/[^\d+]/g, '')}`}
                >
                  Call {c.body.phone}
                </a>
              ) : null}
              <Button
                variant="quiet"
                onPress={() => vault.remove(c.id)}
                aria-label={`Remove ${c.body.name}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <AddContact onAdd={(b) => vault.create('help-contact', b)} />
      <h2>Helplines</h2>
      <HelplineList />
      <h2>Safety check</h2>
      <p>A few questions about whether your relationship feels safe.</p>
      <LinkButton href="/safety-check">Take the safety check</LinkButton>
    </Page>
  );
}

function AddContact({ onAdd }: { onAdd: (b: HelpContactBody) => Promise<unknown> }) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const id = useId();
  return (
    <form
      className="card stack"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return;
        await onAdd({ name: name.trim(), phone: phone.trim(), website: '', note: note.trim() });
        setName('');
        setPhone('');
        setNote('');
      }}
    >
      <h3 style={{ margin: 0 }}>Add a local service</h3>
      <div className="field">
        <label htmlFor={`${id}-n`}>Name</label>
        <input
          id={`${id}-n`}
          type="text"
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-p`}>Phone (optional)</label>
        <input
          id={`${id}-p`}
          type="tel"
          value={phone}
          maxLength={60}
          onChange={(e) => setPhone(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-o`}>Note (optional)</label>
        <input
          id={`${id}-o`}
          type="text"
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <Button type="submit" variant="primary" isDisabled={!name.trim()}>
        Save service
      </Button>
    </form>
  );
}
