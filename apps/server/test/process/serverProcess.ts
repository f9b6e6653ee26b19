/**
 * Test helper: build the real server bundle into a private folder and run it as a child
 * process on 127.0.0.1 (port chosen by the OS), for tests that need a real process: crash
 * with kill -9, two processes on one database. Every child is stopped by the test.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// From source (vitest) this file sits in apps/server/test/process; bundled (the benchmark
// via scripts/run.mjs) it does not, and the repo root is the working directory.
const serverDir =
  [
    resolve(dirname(fileURLToPath(import.meta.url)), '../..'),
    resolve(process.cwd(), 'apps/server'),
  ].find((d) => existsSync(join(d, 'build.mjs'))) ?? 'apps/server';
const cacheDir = resolve(serverDir, '../../node_modules/.cache');

/** Bundles apps/server into a fresh folder inside the repo (so npm packages resolve). */
export function buildServer(): string {
  mkdirSync(cacheDir, { recursive: true });
  const out = mkdtempSync(join(cacheDir, 'sb-server-'));
  execFileSync(process.execPath, ['build.mjs', out], { cwd: serverDir, stdio: 'pipe' });
  return join(out, 'securebase.js');
}

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for exit. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit: no shutdown code runs. */
  kill9(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => child.once('exit', () => ok()));
}

export function startServer(
  bundle: string,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, bundle, 'serve'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const collect = (b: Buffer) => {
    out += b.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`server did not start:\n${out}`));
    }, 20_000);
    const onData = () => {
      const m = out.match(/running at http:\/\/localhost:(\d+)/);
      if (!m) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      ok({
        port: Number(m[1]),
        child,
        output: () => out,
        stop: async () => {
          child.kill('SIGTERM');
          await exited(child);
        },
        kill9: async () => {
          child.kill('SIGKILL');
          await exited(child);
        },
      });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited (${code}) before it started:\n${out}`));
    });
  });
}
