/**
 * The `securebase` command.
 *   securebase serve    serve the PWA (and API) on one origin; PORT, DATA_DIR honoured
 *   securebase coach    the message coach on the command line (see coach/command.ts)
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './http/app.ts';

const HELP = `Usage: securebase <command>

Commands:
  serve     serve the app on http://localhost:8787 (PORT, DATA_DIR to change)
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
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const app = createApp({ webRoot: env.WEB_ROOT ?? defaultWebRoot() });
  return await new Promise((done) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
      console.log(`Secure Base is running at http://${shown}:${info.port}  (data in ${dataDir})`);
      done({
        port: info.port,
        close: () => new Promise<void>((ok) => server.close(() => ok())),
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
