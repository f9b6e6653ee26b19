/** The HTTP app: one origin for the PWA and the sync API (cookie sessions need that). */
import { Hono } from 'hono';
import type { ApiDeps } from '../http/context.ts';
import { fail } from '../http/errors.ts';
import { securityHeaders } from '../http/headers.ts';
import { serveApp } from '../http/static.ts';
import { createApi } from './api.ts';

export interface AppOptions {
  /** Folder of the built PWA (apps/web/dist). */
  webRoot: string;
  /** Without it the app serves only the PWA (solo use needs no server state). */
  api?: ApiDeps;
  /** TRUST_PROXY=1: a proxy in front says which scheme the browser used (headers.ts). */
  trustProxy?: boolean;
}

export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  const trustProxy = opts.trustProxy ?? false;
  app.use('*', securityHeaders(trustProxy));
  app.get('/api/health', (c) => c.json({ ok: true }));
  if (opts.api) app.route('/api/v1', createApi(opts.api, { trustProxy }));
  // Unmatched API paths answer in the API's error format, never with the PWA.
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? fail(c, 404, 'not_found') : c.text('Not found', 404),
  );
  serveApp(app, opts.webRoot);
  return app;
}
