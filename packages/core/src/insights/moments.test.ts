import { describe, expect, it } from 'vitest';
import type { SpiralBody } from '../records/types/spiral.ts';
import { assumption, checkin, MIN_MS, reachOut, spiral } from './builders.ts';
import { offsetCalendar } from './calendar.ts';
import type { Row } from './data.ts';
import { DAY_MS, HOUR_MS } from './fixtures.ts';
import { fearSummary, urgeOutcomes } from './ledger.ts';
import { latestSpiral, recurrences, recurring, storyWords } from './moments.ts';

const MON = Date.UTC(2024, 0, 1);
const at = (day: number, hour = 12) => MON + day * DAY_MS + hour * HOUR_MS;
const ctx = { calendar: offsetCalendar(0), now: at(10, 23) };

function told(
  day: number,
  words: [string, number][],
  after: number[],
  extra: Partial<SpiralBody> = {},
): Row<SpiralBody> {
  const r = spiral(at(day), { calmMinutes: 22, after });
  return {
    ...r,
    body: {
      ...r.body,
      feelings: words.map(([word, intensity]) => ({ word, intensity })),
      ...extra,
    },
  };
}

describe('the latest spiral', () => {
  it('says what one spiral did, with the minutes to calm', () => {
    const s = latestSpiral(
      [
        told(
          10,
          [
            ['anxious', 90],
            ['hurt', 80],
          ],
          [40, 50],
        ),
      ],
      ctx,
    );
    expect(s).toMatchObject({ before: 85, after: 45, minutes: 22, daysAgo: 0, rated: 1 });
    expect(s?.sentence).toBe(
      'In your latest spiral, today, your feelings went from 85 to 45 out of 100 in 22 minutes.',
    );
  });

  it('adds how many of the re-rated spirals eased, and nothing when none was re-rated', () => {
    const rows = [
      told(3, [['scared', 70]], [70]),
      told(5, [['scared', 60]], [30]),
      told(9, [['lonely', 50]], [20]),
      spiral(at(10)),
    ];
    expect(latestSpiral(rows, ctx)?.sentence).toBe(
      'In your latest spiral, yesterday, your feelings went from 50 to 20 out of 100 in 22 minutes. Of the 3 spirals you re-rated, 2 ended lower than they began.',
    );
    expect(latestSpiral([spiral(at(10))], ctx)).toBeNull();
  });
});

describe('what comes back', () => {
  it('counts names once per entry, at least twice, most often first', () => {
    expect(recurring([['Anxious', 'anxious '], ['anxious', 'hurt'], ['hurt'], ['numb']])).toEqual([
      { name: 'anxious', count: 2 },
      { name: 'hurt', count: 2 },
    ]);
    expect(recurring([['a'], ['b']])).toEqual([]);
  });

  it('finds story words, leaving out short and common ones', () => {
    expect(storyWords("They're ignoring me again, IGNORING me because they're bored")).toEqual([
      'ignoring',
      'bored',
    ]);
  });

  it('words the feelings, needs, story words and moods that recur', () => {
    const spirals = [
      told(
        1,
        [
          ['anxious', 80],
          ['unwanted', 60],
        ],
        [],
        {
          needs: ['reassurance'],
          story: 'They are ignoring me',
        },
      ),
      told(2, [['anxious', 70]], [], {
        needs: ['reassurance', 'rest'],
        story: 'Ignoring me again',
      }),
      told(
        3,
        [
          ['unwanted', 50],
          ['anxious', 50],
        ],
        [],
        { needs: ['closeness'] },
      ),
    ];
    const fears = [assumption(at(4))]; // "they are bored of me"
    const checkins = [checkin(at(1), 5), checkin(at(2), 5), checkin(at(3), 5)].map((c, i) => ({
      ...c,
      body: { ...c.body, mood: i === 0 ? ('calm' as const) : ('anxious' as const) },
    }));
    const r = recurrences(spirals, fears, checkins);
    expect(r.feelings.sentence).toBe(
      'Feelings that came back in your spirals: “anxious” (3 of 3), “unwanted” (2 of 3).',
    );
    expect(r.needs.sentence).toBe('Needs you named more than once: “reassurance” (2 of 3).');
    expect(r.words.sentence).toBe(
      'Words that came back in your stories and fears: “ignoring” (2 of 3).',
    );
    expect(r.moods.sentence).toBe('Moods you chose most often at check-ins: “anxious” (2 of 3).');
    expect(recurrences([], [], []).feelings).toEqual({ items: [], of: 0, sentence: null });
  });
});

describe('what was tried when the urge came', () => {
  const withHour = (day: number, did: Parameters<typeof reachOut>[1], hourLater?: number) => {
    const r = reachOut(at(day), did);
    return hourLater === undefined ? r : { ...r, body: { ...r.body, hourLater } };
  };

  it('sets each action beside how settled the person felt an hour later', () => {
    const o = urgeOutcomes([
      withHour(1, 'paused', 7),
      withHour(2, 'paused', 6),
      withHour(3, 'paused'),
      withHour(4, 'texted', 3),
    ]);
    expect(o.byAction).toEqual([
      { did: 'paused', times: 3, noted: 2, hourLater: 6.5 },
      { did: 'texted', times: 1, noted: 1, hourLater: 3 },
    ]);
    expect(o.sentence).toBe(
      'When the urge to reach out came, you tried pausing first 3 times (an hour later you felt 6.5 out of 10 settled on average, from 2 notes); texting once (an hour later you felt 3 out of 10 settled on average, from 1 note). These sit side by side; they do not show that one caused the other. With 3 notes so far, read it lightly.',
    );
  });

  it('invites an hour-later note when there is none, and is silent with no urges', () => {
    expect(urgeOutcomes([withHour(1, 'called')]).sentence).toBe(
      'When the urge to reach out came, you tried calling once. Noting how you feel an hour later will show how each one sat with you.',
    );
    expect(urgeOutcomes([]).sentence).toBeNull();
  });
});

describe('fears beside what was said', () => {
  it('keeps the latest resolved fear and calls a single one an early picture', () => {
    const older = assumption(at(1), 'no', 80);
    const newer = { ...assumption(at(2), 'partly', 60) };
    newer.body = { ...newer.body, partnerSaid: 'I was just tired', resolvedAt: at(2) + 5 * MIN_MS };
    const f = fearSummary([older, newer, assumption(at(3))]);
    expect(f.latest?.partnerSaid).toBe('I was just tired');
    expect(f.open).toBe(1);
    expect(f.sentence).toBe(
      'Of 2 fears you checked, 0 came true, 1 partly, and 1 did not. When you wrote them down they felt 70 % likely on average; counting partly as half, 25 % came true. That is 2 fears so far, an early picture.',
    );
  });
});
