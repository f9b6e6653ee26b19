/** `@securebase/core/passphrase`: the Argon2id passphrase lock, loaded lazily by the app. */
export * from './crypto/passphrase.ts';
