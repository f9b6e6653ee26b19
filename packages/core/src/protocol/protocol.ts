/**
 * The sync protocol, version 1: every request and response body of `/api/v1`, as zod/mini
 * schemas shared by the browser client and the server (docs/protocol.md).
 *
 * Invariants: every object is strict (unknown fields are rejected); every string, array and
 * number is bounded, so a schema-valid body is also a reasonably sized one; bytes travel as
 * canonical base64. Nothing here handles keys: the server only ever sees these shapes, whose
 * byte fields are ciphertext or wrapped keys it cannot open.
 */
import * as z from 'zod/mini';
import { UUID_RE } from '../records/ids.ts';

export const PROTOCOL_VERSION = 1;
export const API_BASE = '/api/v1';

export const LIMITS = {
  /** Largest ciphertext of one envelope, in bytes (padding buckets go up in 64 KiB steps). */
  ciphertextBytes: 256 * 1024,
  /**
   * Smallest ciphertext of one envelope: the smallest padding bucket (256 bytes, see
   * crypto/padding.ts) plus the 16-byte Poly1305 tag. Anything shorter is not an envelope.
   */
  ciphertextMinBytes: 256 + 16,
  /** An XChaCha20-Poly1305 nonce, exactly. */
  nonceBytes: 24,
  /** Mutations in one push. */
  pushBatch: 100,
  /** Records in one pull page. */
  pullPage: 1000,
  /** Bytes of one push body; other bodies are limited to `bodyBytes`. */
  pushBodyBytes: 4 * 1024 * 1024,
  bodyBytes: 64 * 1024,
  /** One stored key blob (wrapped account key, sealed keyring). */
  keyBlobBytes: 32 * 1024,
  /** OPAQUE messages are base64url strings of a few hundred bytes. */
  opaqueMessageChars: 4096,
} as const;

export const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
export const base64 = (maxBytes: number, minBytes = 0) =>
  z.string().check(
    z.maxLength(Math.ceil(maxBytes / 3) * 4),
    z.regex(BASE64_RE),
    z.refine((s) => base64Bytes(s) >= minBytes && base64Bytes(s) <= maxBytes),
  );

/** How many bytes a canonical base64 string decodes to. */
export function base64Bytes(s: string): number {
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - padding;
}

export const uuid = z.string().check(z.regex(UUID_RE));
export const opaqueMessage = z
  .string()
  .check(z.minLength(1), z.maxLength(LIMITS.opaqueMessageChars), z.regex(/^[A-Za-z0-9_=+/-]+$/));
/**
 * What a person signs in with; the server stores it and compares it byte for byte, after
 * Unicode normalisation (NFC), so a name typed as composed or decomposed characters (é as
 * one code point or as e + accent, which keyboards differ on) is one account. No control
 * characters: nobody types them, and PostgreSQL text cannot hold NUL.
 */
export const userIdentifier = z
  .string()
  .check(z.normalize('NFC'), z.minLength(1), z.maxLength(200), z.regex(/^\P{Cc}+$/u));
export const keyId = z.string().check(z.regex(/^[A-Za-z0-9_:.-]{1,64}$/));
const version = z.number().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

// ---- envelopes ---------------------------------------------------------------------------

/** An envelope as sent in a push: the server assigns the version. */
export const pushEnvelopeSchema = z.strictObject({
  format: z.number().check(z.int(), z.gte(1), z.lte(255)),
  id: uuid,
  spaceId: uuid,
  keyId,
  nonce: base64(LIMITS.nonceBytes, LIMITS.nonceBytes),
  ciphertext: base64(LIMITS.ciphertextBytes, LIMITS.ciphertextMinBytes),
});
export type PushEnvelope = z.infer<typeof pushEnvelopeSchema>;

/** An envelope as returned by the server, with its version in its space. */
export const wireEnvelopeSchema = z.strictObject({
  ...pushEnvelopeSchema.shape,
  version: z.number().check(z.int(), z.gte(1), z.lte(Number.MAX_SAFE_INTEGER)),
});
export type WireEnvelope = z.infer<typeof wireEnvelopeSchema>;

// ---- sync --------------------------------------------------------------------------------

export const mutationSchema = z.strictObject({
  mutationId: uuid,
  /** The server version the change was made on; 0 for a record the server has never seen. */
  baseVersion: version,
  envelope: pushEnvelopeSchema,
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.strictObject({
  mutations: z.array(mutationSchema).check(z.minLength(1), z.maxLength(LIMITS.pushBatch)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResultSchema = z.discriminatedUnion('status', [
  z.strictObject({ mutationId: uuid, status: z.literal('applied'), version }),
  /** `current` is the server's copy, or null if it has none (baseVersion pointed nowhere). */
  z.strictObject({
    mutationId: uuid,
    status: z.literal('conflict'),
    current: z.nullable(wireEnvelopeSchema),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.strictObject({
  results: z.array(pushResultSchema),
  spaceVersion: version,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/** Query string of a pull: `?since=<version>&limit=<n>`. */
export const pullQuerySchema = z.strictObject({
  since: z.pipe(
    z.string().check(z.regex(/^(0|[1-9][0-9]{0,15})$/)),
    z.transform((s) => Number(s)),
  ),
  limit: z.optional(
    z.pipe(
      z.string().check(z.regex(/^[1-9][0-9]{0,3}$/)),
      z.transform((s) => Math.min(Number(s), LIMITS.pullPage)),
    ),
  ),
});

export const pullResponseSchema = z.strictObject({
  records: z.array(wireEnvelopeSchema),
  /** The last version returned (or `since` if none): pass it as the next `since`. */
  cursor: version,
  /** The space's version in the snapshot this page was read from. */
  spaceVersion: version,
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const createSpaceRequestSchema = z.strictObject({ spaceId: uuid });
export const spacesResponseSchema = z.strictObject({
  spaces: z.array(z.strictObject({ spaceId: uuid, version, role: z.enum(['owner', 'member']) })),
});
export type SpacesResponse = z.infer<typeof spacesResponseSchema>;
