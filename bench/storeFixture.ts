/** 10,000 realistic records (check-ins with notes and spirals), shared by the Node and browser store benchmarks. */
import { emptySpiral, encodeHlc, type StoredRecord, uuidv7 } from '@securebase/core';

const NOTES = [
  'Quiet evening, felt okay.',
  'They were late again and I noticed the old worry come up.',
  'Good talk over dinner.',
  'Long day at work, missed them.',
];

export function fixtureRecords(count: number, start = Date.UTC(2024, 0, 1)): StoredRecord[] {
  let seq = 0;
  const random = (n: number) => {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = (seq * 31 + i * 17) & 255;
    seq++;
    return b;
  };
  const out: StoredRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + i * 3_600_000;
    const clock = { now: () => at };
    const spiral = i % 10 === 0;
    const body = spiral
      ? {
          ...emptySpiral(at),
          status: 'done',
          step: 'rerate',
          story: `${NOTES[i % 4]} ${i}`,
          feelings: [{ word: 'anxious', intensity: 70 }],
          feelingsAfter: [{ word: 'anxious', intensity: 30 }],
          calmAt: at + 20 * 60_000,
        }
      : {
          at,
          security: i % 11,
          tags: ['slept well', 'long day'].slice(0, i % 3),
          note: `${NOTES[i % 4]} #${i}`,
        };
    out.push({
      id: uuidv7(clock, random),
      type: spiral ? 'spiral' : 'checkin',
      schemaVersion: 1,
      createdAt: at,
      updatedAt: encodeHlc({ wall: at, counter: 0 }, 'bench'),
      deleted: false,
      body,
      revisions: [],
    });
  }
  return out;
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
