/**
 * What the coach noticed: the text with flagged words underlined, and a list of the flags,
 * each a button that shows its reason (keyboard and screen-reader friendly). Flags that share
 * a reason are one button, so a reason is never said twice. With `confirm`, a text with no
 * flags gets a short warm line instead of silence. A safety concern replaces all of it with
 * a gentle pointer to Help.
 */
import type { Analysis, Flag, Label } from '@securebase/core/coach';
import { type CSSProperties, useState } from 'react';
import { LinkButton } from '../../ui/index.ts';

export const PLAIN_LABEL: Record<Label, string> = {
  mind_reading: 'Guessing their mind',
  overgeneralizing: '“Always” or “never”',
  catastrophizing: 'Worst case',
  labeling: 'A label for a whole person',
  demanding: 'An order or ultimatum',
  reassurance_seeking: 'Asking for reassurance',
  personalizing: 'Taking it as about me',
  blaming: 'Putting my feeling on them',
  protest: 'Pushing for a reaction',
};

const underline: CSSProperties = {
  background: 'none',
  color: 'inherit',
  textDecorationLine: 'underline',
  textDecorationStyle: 'wavy',
  textDecorationColor: 'var(--accent)',
  textUnderlineOffset: '3px',
};

/** Non-overlapping underlined ranges covering every flag. */
function ranges(flags: readonly Flag[]): [number, number][] {
  const sorted = [...flags].sort((a, b) => a.start - b.start);
  const out: [number, number][] = [];
  for (const f of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && f.start <= last[1]) last[1] = Math.max(last[1], f.end);
    else out.push([f.start, f.end]);
  }
  return out;
}

const keyOf = (f: Flag) => `${f.start}-${f.label}`;

/** Flags with the same label and reason, shown (and explained) once. */
interface Group {
  key: string;
  label: Label;
  why: string;
  quotes: string[];
  flags: Flag[];
}

function groups(flags: readonly Flag[]): Group[] {
  const out = new Map<string, Group>();
  for (const f of flags) {
    const id = `${f.label}|${f.why}`;
    const g = out.get(id);
    if (g === undefined) {
      out.set(id, { key: keyOf(f), label: f.label, why: f.why, quotes: [f.quote], flags: [f] });
    } else {
      if (!g.quotes.includes(f.quote)) g.quotes.push(f.quote);
      g.flags.push(f);
    }
  }
  return [...out.values()];
}

const flagButton: CSSProperties = {
  width: '100%',
  justifyContent: 'space-between',
  textAlign: 'left',
  fontWeight: 600,
};

function Underlined({
  text,
  flags,
  onTap,
}: {
  text: string;
  flags: readonly Flag[];
  onTap: (start: number, end: number) => void;
}) {
  const parts: { start: number; end: number; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges(flags)) {
    if (start > at) parts.push({ start: at, end: start, marked: false });
    parts.push({ start, end, marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ start: at, end: text.length, marked: false });
  return (
    // Hidden from screen readers: the list below carries the same flags as buttons.
    <p className="quote" aria-hidden="true" style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((p) =>
        p.marked ? (
          // biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; keyboard users have the list
          <mark key={p.start} style={underline} onClick={() => onTap(p.start, p.end)}>
            {text.slice(p.start, p.end)}
          </mark>
        ) : (
          <span key={p.start}>{text.slice(p.start, p.end)}</span>
        ),
      )}
    </p>
  );
}

function FlagItem({ group, open, toggle }: { group: Group; open: boolean; toggle: () => void }) {
  const id = `why-${group.key}`;
  return (
    <li>
      <button
        type="button"
        className="btn"
        data-variant="secondary"
        style={flagButton}
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={id}
        onClick={toggle}
      >
        <span>
          {group.quotes.map((q) => `“${q}”`).join(' ')} · {PLAIN_LABEL[group.label]}
        </span>
        <span aria-hidden="true">{open ? '−' : '+'}</span>
      </button>
      <p id={id} className="meta" hidden={!open} style={{ margin: '6px 4px 0' }}>
        {group.why}
      </p>
    </li>
  );
}

export function CoachFlags({
  text,
  analysis,
  confirm = false,
}: {
  text: string;
  analysis: Analysis;
  confirm?: boolean;
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  if (analysis.safety !== null) {
    return (
      <div className="notice stack" role="status">
        <p style={{ margin: 0 }}>{analysis.safety.message}</p>
        <LinkButton href={analysis.safety.helpPath}>Open Help</LinkButton>
      </div>
    );
  }
  if (analysis.flags.length === 0) {
    if (!confirm || text.trim() === '') return null;
    return (
      <p className="card" role="status" style={{ margin: 0 }}>
        This reads kind and clear. Nothing to change unless you want to.
      </p>
    );
  }
  const list = groups(analysis.flags);
  return (
    <section className="stack" aria-label="What the coach noticed" style={{ gap: 8 }}>
      <Underlined
        text={text}
        flags={analysis.flags}
        onTap={(start, end) => {
          const first = list.find((g) => g.flags.some((f) => f.start >= start && f.start < end));
          if (first) toggle(first.key);
        }}
      />
      <ul className="stack" style={{ gap: 8, listStyle: 'none', padding: 0, margin: 0 }}>
        {list.map((g) => (
          <FlagItem key={g.key} group={g} open={open.has(g.key)} toggle={() => toggle(g.key)} />
        ))}
      </ul>
    </section>
  );
}
