/**
 * F4 ask-don't-assume composer. The draft lives in memory only: it is never stored unless
 * the person saves an assumption, and the app never sends it (copy, or the share sheet).
 */
import type { Rewrite } from '@securebase/core/coach';
import { useMemo, useState } from 'react';
import { useSearch } from 'wouter';
import { useRecord } from '../../app/vault.tsx';
import { canShare, copyText, shareText } from '../../platform/index.ts';
import { Button, Page, TextArea } from '../../ui/index.ts';
import { SaveAssumption } from '../ledger/index.ts';
import { CoachFlags } from './CoachFlags.tsx';
import { useCoach } from './useCoach.ts';

const KIND: Record<Rewrite['kind'], string> = {
  question: 'Ask',
  'i-statement': 'Say how I feel',
  pause: 'Pause first',
};

function Rewrites({ list, onUse }: { list: Rewrite[]; onUse: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="stack" style={{ gap: 8 }}>
      <Button aria-expanded={open} onPress={() => setOpen(!open)}>
        {open ? 'Hide other ways to say it' : 'Show other ways to say it'}
      </Button>
      {open ? (
        <ul className="stack" style={{ gap: 8, listStyle: 'none', padding: 0, margin: 0 }}>
          {list.map((r) => (
            <li key={r.kind} className="card stack" style={{ gap: 8 }}>
              <h2 style={{ margin: 0, fontSize: '1rem' }}>{KIND[r.kind]}</h2>
              <p style={{ margin: 0 }}>{r.text}</p>
              {r.kind === 'pause' ? null : (
                <Button onPress={() => onUse(r.text)} aria-label={`Use this: ${r.text}`}>
                  Use this
                </Button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function ComposerPage() {
  const spiralId = new URLSearchParams(useSearch()).get('spiral') ?? undefined;
  const spiral = useRecord('spiral', spiralId);
  const [draft, setDraft] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const text = draft ?? spiral?.body.askDraft ?? '';
  const coached = useCoach(text, 'message');
  const edit = (v: string) => {
    setDraft(v);
    setCopied(false);
  };
  const rewrites = useMemo(
    () =>
      coached && coached.analysis.safety === null && coached.analysis.flags.length > 0
        ? coached.rewrites()
        : [],
    [coached],
  );
  return (
    <Page
      title="Ask, don't assume"
      lede="Write what you want to say. The coach underlines words that may land harder than you mean and offers other ways to say them."
    >
      <TextArea
        label="Your message"
        hint="Nothing is sent or stored: copy it or share it when it feels right."
        value={text}
        onChange={edit}
        rows={5}
      />
      {coached ? <CoachFlags text={text} analysis={coached.analysis} /> : null}
      {rewrites.length > 0 ? <Rewrites list={rewrites} onUse={edit} /> : null}
      <div className="row">
        <Button
          variant="primary"
          isDisabled={!text.trim()}
          onPress={async () => setCopied(await copyText(text))}
        >
          {copied ? 'Copied' : 'Copy message'}
        </Button>
        {canShare() ? (
          <Button isDisabled={!text.trim()} onPress={() => void shareText(text)}>
            Share…
          </Button>
        ) : null}
      </div>
      <SaveAssumption {...(spiralId ? { spiralId } : {})} />
    </Page>
  );
}
