/**
 * What the entries show so far, from the first ones on: the latest spiral, what keeps
 * coming back, what was tried when the urge came, and fears beside what was said. Every
 * sentence comes from core; this only lays them out and quotes the person's own words.
 */
import type { FearSummary, Insights } from '@securebase/core/insights';

const OUTCOME: Record<'yes' | 'partly' | 'no', string> = {
  yes: 'It came true.',
  partly: 'It partly came true.',
  no: 'It did not come true.',
};

function LatestFear({ fear }: { fear: NonNullable<FearSummary['latest']> }) {
  return (
    <div className="stack" style={{ gap: 4 }}>
      <p className="meta" style={{ margin: 0 }}>
        Most recently you feared ({fear.likelihood} % likely):
      </p>
      <blockquote className="quote" style={{ margin: 0 }}>
        {fear.fear}
      </blockquote>
      {fear.partnerSaid.trim() !== '' ? (
        <>
          <p className="meta" style={{ margin: 0 }}>
            What they said:
          </p>
          <blockquote className="quote" style={{ margin: 0 }}>
            {fear.partnerSaid}
          </blockquote>
        </>
      ) : null}
      {fear.cameTrue ? <p style={{ margin: 0 }}>{OUTCOME[fear.cameTrue]}</p> : null}
    </div>
  );
}

export function EarlyNotes({ out }: { out: Insights }) {
  const { latestSpiral, recurrences, urges } = out.early;
  const recurring = [
    recurrences.feelings.sentence,
    recurrences.needs.sentence,
    recurrences.words.sentence,
    recurrences.moods.sentence,
  ].filter((s): s is string => s !== null);
  const any = latestSpiral !== null || recurring.length > 0 || urges.sentence !== null;
  return (
    <section className="stack" aria-labelledby="so-far-h">
      <h2 id="so-far-h">What your entries show so far</h2>
      {!any ? (
        <p className="meta">
          As you log spirals and urges to reach out, what they show will be put into words here.
        </p>
      ) : null}
      {latestSpiral ? (
        <section className="card" aria-label="Your latest spiral">
          <p style={{ margin: 0 }}>{latestSpiral.sentence}</p>
        </section>
      ) : null}
      {recurring.length > 0 ? (
        <section className="card stack" style={{ gap: 8 }} aria-label="What comes back">
          {recurring.map((s) => (
            <p key={s} style={{ margin: 0 }}>
              {s}
            </p>
          ))}
        </section>
      ) : null}
      {urges.sentence ? (
        <section className="card" aria-label="When the urge came">
          <p style={{ margin: 0 }}>{urges.sentence}</p>
        </section>
      ) : null}
      <section className="card stack" style={{ gap: 8 }} aria-label="Fears and what was said">
        <p style={{ margin: 0 }}>{out.fears.sentence}</p>
        {out.fears.latest ? <LatestFear fear={out.fears.latest} /> : null}
      </section>
    </section>
  );
}
