/**
 * The package's entries: every subpath in package.json resolves, and the root entry, which
 * every screen may import, carries no key handling (that is `./vault`, for the platform).
 */
import { describe, expect, it } from 'vitest';

const KEY_HANDLING = [
  'createVault',
  'unlockVault',
  'rewrap',
  'Vault',
  'KeyCustody',
  'Sealer',
  'Outbox',
  'seal',
  'open',
  'sealKeyring',
  'openKeyring',
  'newAccountKey',
  'secretKeyWrapper',
  'MemoryLocalStore',
];

describe('package entries', () => {
  it('keeps key handling out of the root entry and in ./vault', async () => {
    const root = Object.keys(await import('@securebase/core'));
    const vault = Object.keys(await import('@securebase/core/vault'));
    expect(root.filter((n) => KEY_HANDLING.includes(n))).toEqual([]);
    expect(KEY_HANDLING.filter((n) => !vault.includes(n))).toEqual([]);
    expect(root).toEqual(expect.arrayContaining(['parseExport', 'encodeHlc', 'systemClock']));
  });

  it('resolves every other subpath', async () => {
    const entries = await Promise.all([
      import('@securebase/core/protocol'),
      import('@securebase/core/sync-client'),
      import('@securebase/core/account'),
      import('@securebase/core/passphrase'),
      import('@securebase/core/coach'),
      import('@securebase/core/insights'),
      import('@securebase/core/testing'),
    ]);
    for (const e of entries) expect(Object.keys(e).length).toBeGreaterThan(0);
    const [protocol, syncClient, account] = entries;
    expect(protocol).toHaveProperty('pushRequestSchema');
    expect(syncClient).toHaveProperty('SyncClient');
    expect(account).toHaveProperty('signUp');
  });
});
