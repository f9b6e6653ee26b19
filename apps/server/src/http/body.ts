/**
 * Reading a JSON body: size limit enforced while streaming (a lying or missing
 * Content-Length does not help), JSON media type required (which also makes a cross-site
 * form post impossible), then parsed by a strict zod/mini schema. Any failure is a 4xx.
 */
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import { HttpError } from './errors.ts';

async function readLimited(c: Context, maxBytes: number): Promise<string> {
  const length = c.req.header('content-length');
  if (length !== undefined) {
    // Declared length: the Node adapter reads exactly that many bytes (fast path).
    if (!/^[0-9]{1,12}$/.test(length)) throw new HttpError(400, 'bad_request');
    if (Number(length) > maxBytes) throw new HttpError(413, 'too_large');
    const buf = await c.req.arrayBuffer();
    if (buf.byteLength > maxBytes) throw new HttpError(413, 'too_large');
    return Buffer.from(buf).toString('utf8');
  }
  // Chunked: count while streaming and stop at the limit.
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new HttpError(413, 'too_large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  maxBytes: number,
): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;\s*charset=utf-8\s*)?$/i.test(type)) {
    throw new HttpError(415, 'unsupported_media_type');
  }
  const text = await readLimited(c, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'bad_request');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpError(400, 'bad_request');
  return parsed.data;
}

export function parseWith<S extends z.ZodMiniType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new HttpError(400, 'bad_request');
  return parsed.data;
}

/** Canonical base64 (already checked by the schema) to bytes. */
export function bytesOf(b64: string): Uint8Array {
  const buf = Buffer.from(b64, 'base64');
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

export const base64Of = (b: Uint8Array) =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
