/**
 * The LocalStore contract: every adapter (memory, IndexedDB) runs this same suite.
 * Call it inside a test file with a factory that returns a fresh, empty store.
 */
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../src/crypto/envelope.ts';
import type { LocalStore, OutboxEntry } from '../src/store/ports.ts';

const env = (id: string, fill = 1): Envelope => ({
  format: 1,
  id,
  spaceId: 's1',
  version: 0,
  keyId: 'k1',
  nonce: new Uint8Array(24).fill(fill),
  ciphertext: new Uint8Array([fill, 2, 3]),
});
const out = (mutationId: string, recordId: string): OutboxEntry => ({
  mutationId,
  recordId,
  spaceId: 's1',
  baseVersion: 0,
});

export function localStoreContract(name: string, make: () => Promise<LocalStore>) {
  describe(`LocalStore contract: ${name}`, () => {
    it('starts empty', async () => {
      const s = await make();
      expect(await s.loadEnvelopes()).toEqual([]);
      expect(await s.listOutbox()).toEqual([]);
      expect(await s.getMeta('keyring')).toBeUndefined();
    });

    it('stores meta values with bytes intact', async () => {
      const s = await make();
      await s.putMeta('wrap:device', { kind: 'device', nonce: new Uint8Array([1, 2]), n: 3 });
      const got = await s.getMeta('wrap:device');
      expect(got).toEqual({ kind: 'device', nonce: new Uint8Array([1, 2]), n: 3 });
      expect(got?.nonce).toBeInstanceOf(Uint8Array);
    });

    it('deletes one meta value and leaves the others', async () => {
      const s = await make();
      await s.putMeta('wrap:device', { a: 1 });
      await s.putMeta('wrap:passphrase', { b: 2 });
      await s.deleteMeta('wrap:device');
      await s.deleteMeta('never-there');
      expect(await s.getMeta('wrap:device')).toBeUndefined();
      expect(await s.getMeta('wrap:passphrase')).toEqual({ b: 2 });
    });

    it('commits envelopes with their outbox entries and replaces by id', async () => {
      const s = await make();
      await s.commit([env('a'), env('b')], [out('m1', 'a'), out('m2', 'b')]);
      await s.commit([env('a', 9)], [out('m3', 'a')]);
      const envs = (await s.loadEnvelopes()).sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(envs.map((e) => e.id)).toEqual(['a', 'b']);
      expect(envs[0]?.nonce).toEqual(new Uint8Array(24).fill(9));
      expect(envs[0]?.ciphertext).toBeInstanceOf(Uint8Array);
      expect((await s.listOutbox()).map((o) => o.mutationId).sort()).toEqual(['m1', 'm2', 'm3']);
    });

    it('returns copies, so callers cannot change what is stored', async () => {
      const s = await make();
      await s.commit([env('a')], []);
      const [first] = await s.loadEnvelopes();
      if (first) first.ciphertext[0] = 99;
      expect((await s.loadEnvelopes())[0]?.ciphertext[0]).toBe(1);
    });

    it('records server versions of stored envelopes without touching their bytes', async () => {
      const s = await make();
      await s.commit([env('a'), env('b', 5)], [out('m1', 'a')]);
      await s.setVersions([
        { id: 'a', version: 7 },
        { id: 'never-stored', version: 3 },
      ]);
      await s.setVersions([]);
      const envs = (await s.loadEnvelopes()).sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(envs).toEqual([{ ...env('a'), version: 7 }, env('b', 5)]);
      expect((await s.listOutbox()).map((o) => o.mutationId)).toEqual(['m1']);
      // A later write of the envelope carries its own version again.
      await s.commit([{ ...env('a', 9), version: 8 }], []);
      expect((await s.loadEnvelopes()).find((e) => e.id === 'a')?.version).toBe(8);
    });

    it('removes acknowledged outbox entries only', async () => {
      const s = await make();
      await s.commit([env('a')], [out('m1', 'a'), out('m2', 'a')]);
      await s.removeOutbox(['m1', 'nope']);
      expect((await s.listOutbox()).map((o) => o.mutationId)).toEqual(['m2']);
    });

    it('clear erases envelopes, outbox and meta', async () => {
      const s = await make();
      await s.putMeta('keyring', { x: 1 });
      await s.commit([env('a')], [out('m1', 'a')]);
      await s.clear();
      expect(await s.loadEnvelopes()).toEqual([]);
      expect(await s.listOutbox()).toEqual([]);
      expect(await s.getMeta('keyring')).toBeUndefined();
    });
  });
}
