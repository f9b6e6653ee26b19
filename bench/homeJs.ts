/** The JavaScript the home screen loads first: index.html's entry script and its modulepreloads (lazy chunks excluded). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const HOME_JS_BUDGET_KB = 170;

export function homeJsGzipKb(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  const total = srcs.reduce((n, src) => n + gzipSync(readFileSync(join(dist, src))).length, 0);
  return Math.round((total / 1024) * 10) / 10;
}
