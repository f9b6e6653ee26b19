/**
 * The merge is a join: commutative, associative, idempotent, and loses no version but the
 * ones older than the newest `MAX_REVISIONS` revisions, whatever order versions meet in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../records/hlc.ts';
import type { StoredRecord } from '../records/record.ts';
import { MAX_REVISIONS, mergeConcurrent } from './merge.ts';

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

  it('keeps the newest version as the current one and the next newest as revisions', () => {
    fc.assert(
      fc.property(fc.array(version, { minLength: 1, maxLength: 40 }), (versions) => {
        const [first, ...rest] = versions;
        if (!first) return;
        const merged = rest.reduce(mergeConcurrent, first);
        const newest = [...new Set(versions.map((v) => v.updatedAt))].sort().reverse();
        expect(merged.updatedAt).toBe(newest[0]);
        expect(stamps(merged)).toEqual(new Set(newest.slice(0, MAX_REVISIONS + 1)));
        expect(merged.revisions.map((r) => r.updatedAt)).toEqual(
          newest.slice(1, MAX_REVISIONS + 1).reverse(),
        );
      }),
    );
  });

  it('gives the same record whatever order and grouping many versions meet in', () => {
    const fold = (vs: StoredRecord[]) => {
      const [first, ...rest] = vs;
      return first ? rest.reduce(mergeConcurrent, first) : undefined;
    };
    fc.assert(
      fc.property(
        fc.array(version, { minLength: 2, maxLength: 40 }),
        fc.nat(),
        fc.func(fc.boolean()),
        (versions, cut, side) => {
          const inOrder = fold(versions);
          const at = 1 + (cut % (versions.length - 1));
          const halves = [fold(versions.slice(0, at)), fold(versions.slice(at))];
          const [left, right] = halves;
          if (!inOrder || !left || !right) throw new Error('empty fold');
          expect(mergeConcurrent(left, right)).toEqual(inOrder);
          // Split otherwise: each version to one of two devices, which then meet.
          const a = fold(versions.filter((_, i) => side(i)));
          const b = fold(versions.filter((_, i) => !side(i)));
          expect(a && b ? mergeConcurrent(b, a) : (a ?? b)).toEqual(inOrder);
        },
      ),
      { numRuns: 300 },
    );
  });
});
