import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as opaque from '@serenity-kit/opaque';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOpaqueSetup } from './opaqueSetup.ts';

const log = pino({ level: 'silent' });
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'sb-setup-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('OPAQUE server setup secret', () => {
  it('is generated once into DATA_DIR with mode 0600, then reused', async () => {
    const dir = tmp();
    const first = await loadOpaqueSetup({}, dir, log);
    const file = join(dir, 'opaque-setup');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(readdirSync(dir)).toEqual(['opaque-setup']); // the draft it was linked from is gone
    expect(await loadOpaqueSetup({}, dir, log)).toBe(first);
  });

  it('comes from the environment or a named file before DATA_DIR', async () => {
    await opaque.ready;
    const fromEnv = opaque.server.createSetup();
    const dir = tmp();
    expect(await loadOpaqueSetup({ SECUREBASE_OPAQUE_SETUP: fromEnv }, dir, log)).toBe(fromEnv);
    const file = join(tmp(), 'secret');
    const fromFile = opaque.server.createSetup();
    writeFileSync(file, `${fromFile}\n`);
    expect(await loadOpaqueSetup({ SECUREBASE_OPAQUE_SETUP_FILE: file }, dir, log)).toBe(fromFile);
  });

  it('refuses an invalid secret instead of starting with it', async () => {
    await expect(
      loadOpaqueSetup({ SECUREBASE_OPAQUE_SETUP: 'not-a-setup' }, tmp(), log),
    ).rejects.toThrow(/not valid/);
  });
});
