import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { createVault } from '../store/unlock.ts';
import { parseExport, toCsv, toExportJson } from './exportFormat.ts';

describe('export and import', () => {
  it('round-trips through JSON: export → wipe → import gives the same state, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            security: fc.integer({ min: 0, max: 10 }),
            note: fc.string({ maxLength: 40 }),
            del: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        async (items) => {
          const deps = testDeps();
          const vault = await createVault(deps, testDeviceWrapper());
          for (const it of items) {
            deps.clock.advance(11);
            const r = await vault.create(
              'checkin',
              checkin({ security: it.security, note: it.note }),
            );
            if (it.del) await vault.remove(r.id);
          }
          const file = toExportJson(vault.all(), deps.clock.now());

          await deps.local.clear();
          const fresh = await createVault(deps, testDeviceWrapper());
          const parsed = parseExport(file);
          if (!parsed.ok) throw new Error(parsed.error.type);
          await fresh.merge(parsed.value);
          expect(toExportJson(fresh.all(), 0)).toEqual(toExportJson(vault.all(), 0));
          expect(await fresh.merge(parsed.value)).toEqual({ changed: 0 });
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['not JSON', '{oops', 'NotJson'],
    ['another file', '{"hello": 1}', 'NotAnExport'],
    [
      'a newer version',
      '{"format":"securebase-export","version":9,"exportedAt":0,"records":[]}',
      'NewerVersion',
    ],
    [
      'a broken record',
      '{"format":"securebase-export","version":1,"exportedAt":0,"records":[{"id":"x"}]}',
      'InvalidRecord',
    ],
  ])('rejects %s with a reason', (_, text, type) => {
    const r = parseExport(text);
    expect(r.ok ? 'ok' : r.error.type).toBe(type);
  });

  it('writes CSV with quoting and formula-safe cells', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    await vault.create('checkin', checkin({ note: '=SUM(A1), "quoted"\nline', tags: ['a', 'b'] }));
    const csv = toCsv(vault.all());
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,createdAt,at,note,security,tags');
    expect(row).toContain(`"'=SUM(A1), ""quoted""`);
    expect(csv).toContain(',a; b\r\n');
  });
});
