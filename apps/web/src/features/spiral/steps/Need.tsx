/**
 * The need underneath, and where else it could be met right now. When the person has a
 * needs map, their own non-partner sources are offered here (F8 → F2).
 */
import { NEEDS, type NeedsMapBody } from '@securebase/core';
import { otherSources } from '@securebase/core/insights';
import { Link } from 'wouter';
import { useRecords } from '../../../session/index.ts';
import { Chips, TextArea } from '../../../ui/index.ts';
import { SOURCE_LABELS } from '../../needs/index.ts';
import type { StepProps } from './types.ts';

function ownSources(map: NeedsMapBody | undefined, chosen: readonly string[]): string[] {
  if (!map) return [];
  const lines: string[] = [];
  for (const need of chosen) {
    const elsewhere = otherSources(map, need);
    if (elsewhere.length > 0)
      lines.push(`${need}: ${elsewhere.map((s) => SOURCE_LABELS[s]).join(', ')}`);
  }
  if (lines.length > 0) return lines;
  // No chosen need is on the map by that name: show where the map says needs are met beyond the partner.
  return map.needs
    .map((n) => ({ name: n.name, other: n.sources.filter((s) => s !== 'partner') }))
    .filter((n) => n.other.length > 0)
    .slice(0, 3)
    .map((n) => `${n.name}: ${n.other.map((s) => SOURCE_LABELS[s]).join(', ')}`);
}

export function Need({ body, set }: StepProps) {
  const map = useRecords('needs-map')[0]?.body;
  const sources = ownSources(map, body.needs);
  return (
    <div className="stack">
      <Chips
        label="What do I need underneath this?"
        options={NEEDS}
        value={body.needs}
        onChange={(needs) => set({ needs })}
        addLabel="Another need"
      />
      {sources.length > 0 ? (
        <section className="card" aria-label="From your needs map">
          <p style={{ margin: '0 0 6px' }}>From your needs map, places beyond your partner:</p>
          <ul style={{ margin: 0 }}>
            {sources.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="meta">
          A <Link href="/needs">needs map</Link> can show you where else your needs are already met.
        </p>
      )}
      <TextArea
        label="Where else could I meet a little of this need right now?"
        hint="A friend to text, a walk, music, a warm shower, something kind for yourself. Your partner doesn't have to be the only source."
        value={body.elsewhere}
        onChange={(elsewhere) => set({ elsewhere })}
        rows={3}
      />
    </div>
  );
}
