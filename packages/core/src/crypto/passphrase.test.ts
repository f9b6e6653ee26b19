import { describe, expect, it } from 'vitest';
import { checkin } from '../../testing/builders.ts';
import { testDeps, testDeviceWrapper } from '../../testing/deps.ts';
import { createVault, rewrap, unlockVault, wrapKinds } from '../store/unlock.ts';
import { ARGON2_MINIMUM, passphraseWrapper } from './passphrase.ts';

// The minimum cost keeps the suite fast; the default cost is measured in bench and used by the app.
const fast = { params: ARGON2_MINIMUM };

describe('passphrase lock', () => {
  it('replaces the device wrapping: only the passphrase opens the vault afterwards', async () => {
    const deps = testDeps();
    const vault = await createVault(deps, testDeviceWrapper());
    const rec = await vault.create('checkin', checkin({ note: 'locked away' }));
    await rewrap(deps.local, vault.keys, passphraseWrapper('correct horse battery', fast), [
      'device',
    ]);
    expect(await wrapKinds(deps.local)).toEqual(['passphrase']);

    expect(await unlockVault(deps, testDeviceWrapper())).toEqual({
      ok: false,
      error: { type: 'KeyUnavailable' },
    });
    expect(await unlockVault(deps, passphraseWrapper('wrong horse battery', fast))).toEqual({
      ok: false,
      error: { type: 'WrongKey' },
    });
    const opened = await unlockVault(deps, passphraseWrapper('correct horse battery', fast));
    expect(opened.ok && opened.value.get('checkin', rec.id)?.body.note).toBe('locked away');
  });

  it('draws a new salt for every wrap and stores the cost with it', async () => {
    const w = passphraseWrapper('same', fast);
    const a = await w.wrap(new Uint8Array(32));
    const b = await w.wrap(new Uint8Array(32));
    expect(a.params?.salt).not.toEqual(b.params?.salt);
    expect(a.params).toMatchObject({ m: ARGON2_MINIMUM.m, t: ARGON2_MINIMUM.t, p: 1 });
  });

  it('refuses stored parameters below the minimum (no downgrade by tampering)', async () => {
    const w = passphraseWrapper('pw', fast);
    const wrapped = await w.wrap(new Uint8Array(32).fill(1));
    expect(await w.unwrap({ ...wrapped, params: { ...wrapped.params, m: 1024 } })).toEqual({
      ok: false,
      error: { type: 'WrongKey' },
    });
    expect(() => passphraseWrapper('pw', { params: { m: 8, t: 1, p: 1 } })).toThrow(/minimum/);
  });

  it('normalises Unicode, so the same passphrase typed on another keyboard still opens it', async () => {
    const ak = new Uint8Array(32).fill(9);
    const wrapped = await passphraseWrapper('caf\u00e9 au lait', fast).wrap(ak);
    const r = await passphraseWrapper('cafe\u0301 au lait', fast).unwrap(wrapped);
    expect(r.ok && r.value).toEqual(ak);
  });
});
