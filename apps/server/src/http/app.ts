/** The HTTP app: one origin for the PWA and the sync API (cookie sessions need that). */
import { Hono } from 'hono';
import { createApi } from './api.ts';
import type { ApiDeps } from './context.ts';
import { securityHeaders } from './headers.ts';
import { serveApp } from './static.ts';

export interface AppOptions {
  /** Folder of the built PWA (apps/web/dist). */
  webRoot: string;
  /** Without it the app serves only the PWA (solo use needs no server state). */
  api?: ApiDeps;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.use('*', securityHeaders);
  app.get('/api/health', (c) => c.json({ ok: true }));
  if (opts.api) app.route('/api/v1', createApi(opts.api));
  serveApp(app, opts.webRoot);
  return app;
}
