/**
 * F4 ask-don't-assume composer. The draft lives in memory only: it is never stored unless
 * the person saves an assumption, and the app never sends it (copy, or the share sheet).
 */
import { findPlaceholders, type Placeholder, type Rewrite } from '@securebase/core/coach';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearch } from 'wouter';
import { useRecord } from '../../session/index.ts';
import { Button, moveFocus, Page, TextArea } from '../../ui/index.ts';
import { SaveAssumption } from '../ledger/index.ts';
import { CoachFlags } from './CoachFlags.tsx';
import { SendBar } from './SendBar.tsx';
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

const HINT = 'Nothing is sent or stored: copy it or share it when it feels right.';
const FILL_IN = 'Fill in the parts in [brackets] with your own words, or leave them out.';

export function ComposerPage() {
  const spiralId = new URLSearchParams(useSearch()).get('spiral') ?? undefined;
  const spiral = useRecord('spiral', spiralId);
  const [draft, setDraft] = useState<string | null>(null);
  // The placeholders the chosen rewrite brought (brackets typed by hand never count), and
  // how many rewrites were used: each one starts the copy/share question afresh.
  const [blanks, setBlanks] = useState<ReadonlySet<string>>(new Set());
  const [used, setUsed] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  const text = draft ?? spiral?.body.askDraft ?? '';
  const left = findPlaceholders(text, blanks);
  const coached = useCoach(text, 'message');
  const rewrites = useMemo(
    () =>
      coached && coached.analysis.safety === null && coached.analysis.flags.length > 0
        ? coached.rewrites()
        : [],
    [coached],
  );
  /** Focus in the box with `blank` selected, so typing replaces it. */
  const select = (blank: Placeholder | undefined) => {
    const el = box.current;
    if (!el) return;
    moveFocus(el);
    if (blank) el.setSelectionRange(blank.start, blank.end);
  };
  const use = (rewrite: string) => {
    const found = findPlaceholders(rewrite);
    flushSync(() => {
      setBlanks(new Set(found.map((p) => p.text)));
      setDraft(rewrite);
      setUsed((n) => n + 1);
    });
    select(found[0]);
  };
  return (
    <Page
      title="Ask, don't assume"
      lede="Write what you want to say. The coach underlines words that may land harder than you mean and offers other ways to say them."
    >
      <TextArea
        ref={box}
        label="Your message"
        hint={left.length > 0 ? `${FILL_IN} ${HINT}` : HINT}
        value={text}
        onChange={setDraft}
        rows={5}
      />
      {coached ? <CoachFlags text={text} analysis={coached.analysis} confirm /> : null}
      {rewrites.length > 0 ? <Rewrites list={rewrites} onUse={use} /> : null}
      <SendBar key={used} text={text} blanks={left} onFillIn={() => select(left[0])} />
      <SaveAssumption {...(spiralId ? { spiralId } : {})} />
    </Page>
  );
}
