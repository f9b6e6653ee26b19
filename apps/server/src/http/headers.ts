/**
 * Security headers for every response, HSTS on those served over HTTPS. The CSP allows only this origin;
 * 'wasm-unsafe-eval' is there for Argon2id and OPAQUE, which run as WebAssembly.
 */
import type { Context, MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** HTTPS only from now on, for a year; subdomains are the operator's business, not ours. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * The scheme the browser used. This server speaks plain HTTP, so HTTPS means a
 * TLS-terminating proxy in front: it is believed only with TRUST_PROXY=1, from the last
 * X-Forwarded-Proto value (the one the proxy next to us wrote). Without TRUST_PROXY the
 * request's own URL decides (http, unless a TLS server hands us the request).
 */
export function requestScheme(c: Context, trustProxy: boolean): 'http' | 'https' {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
    if (forwarded === 'https' || forwarded === 'http') return forwarded;
  }
  return new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
}

export const securityHeaders =
  (trustProxy: boolean): MiddlewareHandler =>
  async (c, next) => {
    await next();
    const h = c.res.headers;
    if (requestScheme(c, trustProxy) === 'https')
      h.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
    h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('X-Frame-Options', 'DENY');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
  };
