/**
 * The OPAQUE server setup secret. Without it, a stolen database does not let anyone test
 * password guesses, so it lives outside the database: SECUREBASE_OPAQUE_SETUP (the value),
 * or SECUREBASE_OPAQUE_SETUP_FILE (a path), or else DATA_DIR/opaque-setup, generated on
 * first start with mode 0600. Losing it signs everyone out for good: back it up.
 */
import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as opaque from '@serenity-kit/opaque';
import type { Logger } from 'pino';

function valid(setup: string): boolean {
  try {
    opaque.server.getPublicKey(setup);
    return true;
  } catch {
    return false;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (e) {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function loadOpaqueSetup(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  log: Logger,
): Promise<string> {
  await opaque.ready;
  const fromEnv = env.SECUREBASE_OPAQUE_SETUP?.trim();
  const file = env.SECUREBASE_OPAQUE_SETUP_FILE ?? join(dataDir, 'opaque-setup');
  let setup = fromEnv || readIfExists(file);
  if (setup === undefined) {
    const fresh = opaque.server.createSetup();
    // Written whole to a private name, then linked into place: link never replaces a file
    // another process created a moment ago, and nobody can read a half-written one.
    const draft = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    writeFileSync(draft, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    try {
      linkSync(draft, file);
      log.warn(
        { file },
        'Generated a new OPAQUE server setup secret. Back this file up: without it no one can sign in.',
      );
      setup = fresh;
    } catch (e) {
      if (!(e instanceof Error && 'code' in e && e.code === 'EEXIST')) throw e;
      setup = readIfExists(file);
    } finally {
      rmSync(draft, { force: true });
    }
  }
  if (!setup || !valid(setup)) throw new Error('The OPAQUE server setup secret is not valid.');
  return setup;
}
