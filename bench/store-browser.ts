/** Runs in Chromium: seeds 10,000 records into IndexedDB through the real vault, then times unlock + index. */
import { systemClock, systemRandom } from '@securebase/core';
import { createVault, unlockVault } from '@securebase/core/vault';
import { DexieLocalStore, SecureBaseDb } from '../apps/web/src/platform/db.ts';
import { deviceKeyWrapper } from '../apps/web/src/platform/deviceKey.ts';
import { fixtureRecords, median } from './storeFixture.ts';

async function run(count: number, runs: number): Promise<{ ms: number; records: number }> {
  const db = new SecureBaseDb(`bench-${Date.now()}`);
  const deps = { local: new DexieLocalStore(db), clock: systemClock, random: systemRandom };
  const vault = await createVault(deps, deviceKeyWrapper(db));
  await vault.merge(fixtureRecords(count));
  const times: number[] = [];
  let records = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await unlockVault(deps, deviceKeyWrapper(db));
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(r.error.type);
    records = r.value.all().length;
  }
  return { ms: median(times), records };
}

Object.assign(globalThis, { runStoreBench: run });
