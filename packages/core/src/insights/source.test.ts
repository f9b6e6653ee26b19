import { describe, expect, it } from 'vitest';
import { secretKeyWrapper } from '../crypto/keys.ts';
import { systemRandom } from '../deps.ts';
import { MemoryLocalStore } from '../store/memory.ts';
import { createVault } from '../store/unlock.ts';
import { offsetCalendar } from './calendar.ts';
import { DAY_MS } from './fixtures.ts';
import { computeInsights } from './index.ts';
import { insightDataFrom } from './source.ts';

const T = Date.UTC(2024, 0, 1, 12);

describe('insights from the vault', () => {
  it('reads records through the encrypted store', async () => {
    let now = T;
    const deps = { local: new MemoryLocalStore(), clock: { now: () => now }, random: systemRandom };
    const vault = await createVault(deps, secretKeyWrapper('recovery', systemRandom(32)));
    const step = await vault.create('ladder-step', {
      text: 'Leave the phone in another room',
      order: 0,
    });
    for (let i = 0; i < 2; i++) {
      now += DAY_MS;
      await vault.create('checkin', { at: now, security: 6 + i, tags: [], note: '' });
      await vault.create('ladder-attempt', {
        stepId: step.id,
        at: now,
        before: 50,
        peak: 60,
        after: 20,
        note: '',
      });
    }
    await vault.create('space-log', {
      at: now,
      wanted: 'space',
      note: '',
      reconnected: true,
      followNote: '',
    });
    const out = computeInsights(insightDataFrom(vault), { calendar: offsetCalendar(0), now });
    expect(out.trends.series.security.filter((v) => v !== null)).toEqual([6.5]);
    expect(out.ladder.steps[0]).toMatchObject({ id: step.id, attempts: 2, settled: true });
    expect(out.ladder.suggestion.kind).toBe('top');
    expect(out.space).toMatchObject({ times: 1, reconnected: 1 });
  });
});
