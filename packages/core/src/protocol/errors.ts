/**
 * Stable reason codes of the API. Every non-2xx answer has the body `{error: {code}}` with
 * one of these; clients branch on the code, never on the message or the status alone.
 */
import * as z from 'zod/mini';

export const ERROR_CODES = [
  'bad_request',
  'too_large',
  'unsupported_media_type',
  'unauthorized',
  'reauth_required',
  'invalid_credentials',
  'login_expired',
  'not_found',
  'identifier_taken',
  'space_exists',
  'rate_limited',
  'forbidden',
  'internal',
  'busy',
  // The account's storage quota (bytes or spaces) would be exceeded: 403, not retried.
  'quota_exceeded',
  // The server's disk is full: 507; nothing was written, the client tries again later.
  'storage_full',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(ERROR_CODES),
    /** Seconds to wait, with `rate_limited`. */
    retryAfter: z.optional(z.number()),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
