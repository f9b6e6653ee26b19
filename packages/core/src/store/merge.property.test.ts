/** The merge is a join: commutative, associative, idempotent, and loses no version. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../records/hlc.ts';
import type { StoredRecord } from '../records/record.ts';
import { mergeConcurrent } from './merge.ts';

const ID = '01900000-0000-7000-8000-000000000001';
const version: fc.Arbitrary<StoredRecord> = fc
  .record({ wall: fc.integer({ min: 1, max: 50 }), node: fc.constantFrom('a', 'b', 'c') })
  .map(({ wall, node }) => ({
    id: ID,
    type: 'checkin',
    schemaVersion: 1,
    createdAt: 1,
    // One node never reuses a stamp, so a stamp fixes the content: derive it from the stamp.
    updatedAt: encodeHlc({ wall, counter: 0 }, node),
    deleted: wall % 5 === 0,
    body: wall % 5 === 0 ? null : { at: 1, security: wall % 11, tags: [], note: `${node}${wall}` },
    revisions: [],
  }));

const stamps = (r: StoredRecord) => new Set([r.updatedAt, ...r.revisions.map((x) => x.updatedAt)]);

describe('mergeConcurrent (property)', () => {
  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(mergeConcurrent(a, b)).toEqual(mergeConcurrent(b, a));
        expect(mergeConcurrent(mergeConcurrent(a, b), c)).toEqual(
          mergeConcurrent(a, mergeConcurrent(b, c)),
        );
        const ab = mergeConcurrent(a, b);
        expect(mergeConcurrent(ab, ab)).toEqual(ab);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every version seen, as the current one or a revision', () => {
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 8 }), (versions) => {
        const [first, ...rest] = versions;
        if (!first) return;
        const merged = rest.reduce(mergeConcurrent, first);
        for (const v of versions) expect(stamps(merged).has(v.updatedAt)).toBe(true);
        expect(merged.updatedAt).toBe(
          versions
            .map((v) => v.updatedAt)
            .sort()
            .at(-1),
        );
      }),
    );
  });
});
