/** The HTTP app: one origin for the PWA and (later) the sync API. */
import { Hono } from 'hono';
import { securityHeaders } from './headers.ts';
import { serveApp } from './static.ts';

export interface AppOptions {
  /** Folder of the built PWA (apps/web/dist). */
  webRoot: string;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.get('/api/health', (c) => c.json({ ok: true }));
  serveApp(app, opts.webRoot);
  return app;
}
