import { spiralIntensityDrop, spiralMinutesToCalm } from '@securebase/core';
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import { useRecord, useRecords, useVault } from '../../session/index.ts';
import { Confirm, formatDateTime, formatMinutes, LinkButton, Page } from '../../ui/index.ts';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <h2 style={{ fontSize: '1rem', margin: '0 0 4px' }}>{label}</h2>
      <div style={{ whiteSpace: 'pre-wrap' }}>{children}</div>
    </div>
  );
}

export function SpiralDetailPage() {
  const { id } = useParams<{ id: string }>();
  const rec = useRecord('spiral', id);
  const vault = useVault();
  const [, navigate] = useLocation();
  if (!rec)
    return (
      <Page title="Spiral not found" lede="It may have been deleted.">
        <LinkButton href="/history">Back to history</LinkButton>
      </Page>
    );
  const b = rec.body;
  const calm = spiralMinutesToCalm(b);
  const drop = spiralIntensityDrop(b);
  return (
    <Page
      title={b.status === 'done' ? 'You worked through it' : 'Unfinished spiral'}
      lede={formatDateTime(b.startedAt)}
    >
      {b.status === 'draft' ? (
        <LinkButton href={`/spiral/${rec.id}`} variant="primary">
          Continue
        </LinkButton>
      ) : null}
      <div className="card stack">
        {calm !== undefined ? (
          <Item label="From start to calmer">{formatMinutes(calm)}</Item>
        ) : null}
        {drop !== undefined ? (
          <Item label="Feelings">
            {drop > 0
              ? `eased by ${Math.round(drop)} points on average`
              : drop < 0
                ? `grew by ${Math.round(-drop)} points on average`
                : 'about the same'}
          </Item>
        ) : null}
        {b.facts ? <Item label="What happened">{b.facts}</Item> : null}
        {b.feelings.length > 0 ? (
          <Item label="What I felt">
            {b.feelings.map((f) => {
              const after = b.feelingsAfter.find((g) => g.word === f.word);
              return (
                <span key={f.word} className="pill">
                  {f.word} {f.intensity}%{after ? ` → ${after.intensity}%` : ''}
                </span>
              );
            })}
          </Item>
        ) : null}
        {b.story ? (
          <Item label="The story I told myself">
            <blockquote className="quote" style={{ margin: 0 }}>
              {b.story}
            </blockquote>
            {b.beliefBefore !== undefined ? (
              <span className="meta">
                Believed {b.beliefBefore}%
                {b.beliefAfter !== undefined ? `, then ${b.beliefAfter}%` : ''}
              </span>
            ) : null}
          </Item>
        ) : null}
        {b.actionSize !== undefined && b.feelingSize !== undefined ? (
          <Item label="Size">
            The event felt {b.actionSize}/10, the feeling {b.feelingSize}/10.
          </Item>
        ) : null}
        {b.explanations.length > 0 ? (
          <Item label="Other explanations">{b.explanations.join('\n')}</Item>
        ) : null}
        {b.needs.length > 0 ? <Item label="What I needed">{b.needs.join(', ')}</Item> : null}
        {b.elsewhere ? <Item label="Where else I could meet it">{b.elsewhere}</Item> : null}
        {b.next ? (
          <Item label="Next step">
            {
              {
                ask: 'Ask',
                pause: `Pause${b.pauseMinutes ? ` (${b.pauseMinutes} min)` : ''}`,
                soothe: 'Soothe myself',
                'let-go': 'Let it go for now',
              }[b.next]
            }
          </Item>
        ) : null}
        {b.askDraft ? <Item label="My message">{b.askDraft}</Item> : null}
      </div>
      <Confirm
        trigger="Delete this spiral"
        title="Delete this spiral?"
        confirmLabel="Delete"
        onConfirm={async () => {
          await vault.remove(rec.id);
          navigate('/history');
        }}
      >
        <p>It will be removed from this device. This cannot be undone.</p>
      </Confirm>
    </Page>
  );
}

export function SpiralList() {
  const spirals = useRecords('spiral');
  if (spirals.length === 0)
    return (
      <p className="meta">
        No spirals yet. When one comes, “I'm feeling insecure” on the home screen walks you through
        it.
      </p>
    );
  return (
    <ul className="list" aria-label="Spirals">
      {spirals.map((r) => {
        const calm = spiralMinutesToCalm(r.body);
        return (
          <li key={r.id}>
            <Link
              href={r.body.status === 'draft' ? `/spiral/${r.id}` : `/spirals/${r.id}`}
              className="card list-item"
            >
              <div className="row" style={{ justifyContent: 'space-between' }}>
                <strong>{r.body.status === 'draft' ? 'Unfinished' : 'Spiral'}</strong>
                <span className="meta">{formatDateTime(r.body.startedAt)}</span>
              </div>
              {r.body.story ? (
                <p style={{ margin: '6px 0 0' }}>
                  “{r.body.story.length > 120 ? `${r.body.story.slice(0, 120)}…` : r.body.story}”
                </p>
              ) : null}
              {calm !== undefined ? (
                <p className="meta" style={{ margin: '4px 0 0' }}>
                  Calmer after {formatMinutes(calm)}
                </p>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
