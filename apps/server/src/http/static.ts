/**
 * Serves the built PWA. Hashed assets are immutable; the service worker, manifest and
 * index.html are revalidated so an update reaches people. Unknown paths that look like
 * app routes get index.html (client-side routing); anything else is a 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileIn(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = normalize(join(root, decoded));
  if (full !== root && !full.startsWith(root + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

export function serveApp(app: Hono, webRoot: string): void {
  const root = normalize(webRoot);
  app.get('*', async (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/')) return c.notFound();
    let file = await fileIn(root, path === '/' ? '/index.html' : path);
    if (!file && !extname(path)) file = await fileIn(root, '/index.html');
    if (!file) return c.text('Not found', 404);
    const body = await readFile(file);
    const immutable = file.includes(`${sep}assets${sep}`);
    return c.body(body, 200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
