/**
 * Browser tests: find Debian's Chromium and start the real server (`securebase serve`) on a
 * free loopback port, serving the production build. Without Chromium the browser tests
 * skip with one line saying how to enable them, except under CI=true, where that fails.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    chromium: string | null;
  }
}

const repo = resolve(import.meta.dirname, '../../..');

export function findChromium(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

export async function startServer(
  env: Record<string, string> = {},
): Promise<{ url: string; proc: ChildProcess; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-e2e-'));
  const proc = spawn(process.execPath, [join(repo, 'apps/server/bin/securebase.js'), 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`server did not start: ${out}`)), 20_000);
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/http:\/\/localhost:(\d+)/);
      if (m) {
        clearTimeout(timer);
        ok(`http://127.0.0.1:${m[1]}`);
      }
    });
    proc.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    proc.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, proc, dataDir };
}

export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI === 'true')
      throw new Error(
        'Browser tests must run in CI, but Chromium was not found (apt-get install -y chromium, or set CHROME_PATH).',
      );
    console.log(
      'Browser tests skipped: Chromium not found. Install it with `apt-get install -y chromium` or set CHROME_PATH to enable them.',
    );
  }
  if (!existsSync(join(repo, 'apps/web/dist/index.html')))
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  if (!existsSync(join(repo, 'apps/server/dist/securebase.js')))
    throw new Error('The server is not built: run `npm run build` first (npm test does).');
  const server = await startServer();
  project.provide('baseURL', server.url);
  project.provide('chromium', chromium);
  return () => {
    server.proc.kill('SIGTERM');
    rmSync(server.dataDir, { recursive: true, force: true });
  };
}
