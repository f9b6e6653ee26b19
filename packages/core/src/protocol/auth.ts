/**
 * Account, session and key-blob bodies of the protocol (docs/protocol.md).
 *
 * Key blobs are opaque bytes to the server: the account key wrapped under the OPAQUE export
 * key (`opaque`), under the recovery key (`recovery`), and the keyring sealed under the
 * account key (`keyring`). The recovery token is a 32-byte value the client derives from
 * the recovery key; the server keeps only its hash and cannot derive the key from it.
 */
import * as z from 'zod/mini';
import { BASE64_RE, LIMITS, opaqueMessage, userIdentifier, uuid } from './protocol.ts';

const blob = z
  .string()
  .check(z.minLength(4), z.maxLength(Math.ceil(LIMITS.keyBlobBytes / 3) * 4), z.regex(BASE64_RE));

/** 32 bytes, base64. */
export const recoveryToken = z.string().check(z.regex(/^[A-Za-z0-9+/]{43}=$/));

export const KEY_BLOB_NAMES = ['opaque', 'recovery', 'keyring'] as const;
export type KeyBlobName = (typeof KEY_BLOB_NAMES)[number];

/**
 * `recoveryToken` proves the account when recovery sets a new password: without it (or a
 * fresh session of the account) the server answers for an existing name under a decoy
 * key, which tests no password guess (docs/protocol.md, "Accounts").
 */
export const registerStartSchema = z.strictObject({
  userIdentifier,
  registrationRequest: opaqueMessage,
  recoveryToken: z.optional(recoveryToken),
});
export const registerStartResponseSchema = z.strictObject({ registrationResponse: opaqueMessage });

export const registerFinishSchema = z.strictObject({
  userIdentifier,
  registrationRecord: opaqueMessage,
  recoveryToken,
  keys: z.strictObject({ opaque: blob, recovery: blob, keyring: z.optional(blob) }),
});

export const loginStartSchema = z.strictObject({
  userIdentifier,
  startLoginRequest: opaqueMessage,
});
export const loginStartResponseSchema = z.strictObject({
  loginId: uuid,
  loginResponse: opaqueMessage,
});
export const loginFinishSchema = z.strictObject({
  loginId: uuid,
  finishLoginRequest: opaqueMessage,
});

/** Answer of sign-up, sign-in and recovery: the session cookie is set alongside. */
export const signedInResponseSchema = z.strictObject({ accountId: uuid, sessionId: uuid });
export type SignedInResponse = z.infer<typeof signedInResponseSchema>;

export const recoverKeysSchema = z.strictObject({ userIdentifier, recoveryToken });
export const recoverKeysResponseSchema = z.strictObject({ recovery: blob });
/** A recovery replaces the recovery key too: the used token stops working. */
export const recoverFinishSchema = z.strictObject({
  userIdentifier,
  recoveryToken,
  registrationRecord: opaqueMessage,
  opaqueKey: blob,
  newRecoveryToken: recoveryToken,
  newRecoveryKey: blob,
});

export const passwordChangeSchema = z.strictObject({
  registrationRecord: opaqueMessage,
  opaqueKey: blob,
});
export const recoveryChangeSchema = z.strictObject({ recoveryToken, recoveryKey: blob });
export const keyringPutSchema = z.strictObject({ keyring: blob });

export const accountResponseSchema = z.strictObject({
  accountId: uuid,
  userIdentifier,
  createdAt: z.number(),
});
export const keysResponseSchema = z.strictObject({
  keys: z.strictObject({
    opaque: z.optional(blob),
    recovery: z.optional(blob),
    keyring: z.optional(blob),
  }),
});
export type KeysResponse = z.infer<typeof keysResponseSchema>;

export const sessionsResponseSchema = z.strictObject({
  sessions: z.array(
    z.strictObject({
      sessionId: uuid,
      createdAt: z.number(),
      lastSeenAt: z.number(),
      current: z.boolean(),
    }),
  ),
});
export type SessionsResponse = z.infer<typeof sessionsResponseSchema>;
