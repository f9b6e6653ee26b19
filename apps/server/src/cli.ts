/**
 * The `securebase` command.
 *   securebase serve    serve the PWA and the sync API on one origin.
 *     PORT, HOST, DATA_DIR (SQLite file and OPAQUE setup), DATABASE_URL (PostgreSQL instead
 *     of SQLite; DATABASE_POOL_SIZE, default 20), SECUREBASE_OPAQUE_SETUP / SECUREBASE_OPAQUE_SETUP_FILE, LOG_LEVEL,
 *     TRUST_PROXY=1 (behind a proxy: the client IP from the last X-Forwarded-For hop, and
 *     the scheme from the last X-Forwarded-Proto, for HSTS and the same-origin check),
 *     RATE_LIMIT_SCALE (multiplies every request budget; the benchmark raises it),
 *     SECUREBASE_QUOTA_MB / SECUREBASE_QUOTA_SPACES (per-account storage quota, store/quota.ts),
 *     SECUREBASE_TEST_ONLY_FRESH_SIGN_IN_MS (browser tests: a shorter fresh sign-in window).
 *   securebase coach    the message coach on the command line (see coach/command.ts)
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Context } from 'hono';
import { socketIp } from './app/api.ts';
import { createApp } from './app/app.ts';
import { Backoff } from './http/backoff.ts';
import { type ApiDeps, sessionConfig, TEST_FRESH_ENV } from './http/context.ts';
import { DEFAULT_LIMITS, RateLimiter, scaleLimits } from './http/rateLimit.ts';
import { createLogger } from './log.ts';
import { loadOpaqueSetup } from './opaqueSetup.ts';
import { openStore } from './store/open.ts';
import { quotaFromEnv } from './store/quota.ts';

const HELP = `Usage: securebase <command>

Commands:
  serve     serve the app and sync API on http://localhost:8787
            (PORT, HOST, DATA_DIR, DATABASE_URL=postgres://…, SECUREBASE_OPAQUE_SETUP[_FILE])
  coach     look at a message: securebase coach "text" (or --jsonl on stdin; --help)
  help      show this text
`;

function defaultWebRoot(): string {
  // dist/cli.js → ../../web/dist
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}

export async function runServe(
  env: NodeJS.ProcessEnv,
): Promise<{ close(): Promise<void>; port: number }> {
  const port = Number(env.PORT ?? 8787);
  const host = env.HOST ?? '127.0.0.1';
  const sessions = sessionConfig(env); // before anything opens: a bad value stops here
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  // The owner's alone, also when it already existed with wider rights: it holds the
  // database and, by default, the OPAQUE setup secret (docs/threat-model.md).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const log = createLogger(env.LOG_LEVEL ?? 'info');
  const store = await openStore({
    quota: quotaFromEnv(env),
    dataDir,
    databaseUrl: env.DATABASE_URL,
    poolSize: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined,
  });
  const now = () => Date.now();
  const trustProxy = env.TRUST_PROXY === '1';
  if (env[TEST_FRESH_ENV])
    log.warn({ freshMs: sessions.freshMs }, `${TEST_FRESH_ENV} is set: for tests only`);
  const limits = scaleLimits(DEFAULT_LIMITS, Number(env.RATE_LIMIT_SCALE ?? 1));
  const opaqueSetup = await loadOpaqueSetup(env, dataDir, log);
  const backoff = new Backoff(store, limits, now, opaqueSetup);
  const api: ApiDeps = {
    store,
    opaqueSetup,
    now,
    log,
    limiter: new RateLimiter(limits, now),
    backoff,
    sessions,
    clientIp: (c: Context) =>
      (trustProxy && c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()) || socketIp(c),
  };
  const purge = setInterval(() => {
    Promise.all([store.purgeExpired(now(), sessions.idleMs), backoff.purge()]).catch(
      (e: unknown) => {
        log.error({ err: { type: e instanceof Error ? e.name : 'unknown' } }, 'purge failed');
      },
    );
  }, 10 * 60_000);
  purge.unref();
  const app = createApp({ webRoot: env.WEB_ROOT ?? defaultWebRoot(), api, trustProxy });
  return await new Promise((done) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
      const db = env.DATABASE_URL ? 'PostgreSQL' : `data in ${dataDir}`;
      console.log(`Secure Base is running at http://${shown}:${info.port}  (${db})`);
      done({
        port: info.port,
        close: async () => {
          clearInterval(purge);
          await new Promise<void>((ok) => server.close(() => ok()));
          await store.close();
        },
      });
    });
  });
}

export async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'serve': {
      const s = await runServe(process.env);
      const stop = () => {
        void s.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return -1; // keep running
    }
    case 'coach': {
      // Loaded on demand: the coach pulls in compromise, which `serve` does not need.
      const { coachCommand } = await import('./coach/command.ts');
      return await coachCommand(argv.slice(1), {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
      });
    }
    case undefined:
    case 'help':
    case '--help':
      process.stdout.write(HELP);
      return 0;
    default:
      process.stderr.write(`Unknown command: ${command}\n\n${HELP}`);
      return 2;
  }
}
