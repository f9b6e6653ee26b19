import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runServe } from './cli.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('securebase serve', () => {
  it("makes an existing DATA_DIR its owner's alone (0700)", async () => {
    const parent = mkdtempSync(join(tmpdir(), 'sb-cli-'));
    dirs.push(parent);
    const dataDir = join(parent, 'data');
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const server = await runServe({
      DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      WEB_ROOT: join(parent, 'no-web'),
    });
    try {
      expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    } finally {
      await server.close();
    }
  });
});
