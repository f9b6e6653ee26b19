/**
 * Spaces, push, pull and the do-nothing endpoint: a Hono sub-app that the API mounts. It
 * uses the HTTP plumbing in ../http and the SpaceStore port only. Membership is checked inside the store's
 * transaction on every push and pull; a space the session may not touch is `not_found`,
 * whether it exists or not. Push is all-or-nothing: the body is validated whole before
 * the store sees any of it.
 */
import {
  createSpaceRequestSchema,
  LIMITS,
  type PushResult,
  pullQuerySchema,
  pushRequestSchema,
  uuid,
  type WireEnvelope,
} from '@securebase/core/protocol';
import { Hono } from 'hono';
import { base64Of, bytesOf, parseWith, readJson } from '../http/body.ts';
import type { AppEnv, DepsWith } from '../http/context.ts';
import { fail, HttpError } from '../http/errors.ts';
import type { PushMutation, PushOutcome, SpaceStore, StoredEnvelope } from '../store/port.ts';
import { QueueFull } from '../store/pushQueue.ts';

function toWire(e: StoredEnvelope): WireEnvelope {
  return {
    format: e.format,
    id: e.id,
    spaceId: e.spaceId,
    keyId: e.keyId,
    nonce: base64Of(e.nonce),
    ciphertext: base64Of(e.ciphertext),
    version: e.version,
  };
}

function toWireResult(r: PushOutcome): PushResult {
  if (r.status === 'applied') return r;
  return { ...r, current: r.current ? toWire(r.current) : null };
}

/** The sync routes, mounted under /api/v1 behind the session check (app/api.ts). */
export function syncRoutes(deps: DepsWith<SpaceStore>): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  const { store } = deps;

  api.get('/ping', (c) => c.body(null, 204));

  api.get('/spaces', async (c) =>
    c.json({ spaces: await store.listSpaces(c.get('session').accountId) }),
  );

  api.post('/spaces', async (c) => {
    const b = await readJson(c, createSpaceRequestSchema, LIMITS.bodyBytes);
    const r = await store.createSpace(b.spaceId, c.get('session').accountId, deps.now());
    if (!r.ok) {
      if (r.error.type === 'NoAccount') return fail(c, 401, 'unauthorized');
      if (r.error.type === 'QuotaExceeded') return fail(c, 403, 'quota_exceeded');
      return fail(c, 409, 'space_exists');
    }
    return c.json({ spaceId: b.spaceId, version: 0, role: 'owner' }, 201);
  });

  api.post('/spaces/:spaceId/push', async (c) => {
    const spaceId = parseWith(uuid, c.req.param('spaceId'));
    const b = await readJson(c, pushRequestSchema, LIMITS.pushBodyBytes);
    const mutations: PushMutation[] = b.mutations.map((m) => {
      if (m.envelope.spaceId !== spaceId) throw new HttpError(400, 'bad_request');
      return {
        mutationId: m.mutationId,
        baseVersion: m.baseVersion,
        envelope: {
          ...m.envelope,
          nonce: bytesOf(m.envelope.nonce),
          ciphertext: bytesOf(m.envelope.ciphertext),
        },
      };
    });
    let r: Awaited<ReturnType<typeof store.push>>;
    try {
      r = await store.push(c.get('session').accountId, spaceId, mutations);
    } catch (e) {
      if (e instanceof QueueFull) return fail(c, 503, 'busy', 1);
      throw e;
    }
    if (!r.ok)
      return r.error.type === 'QuotaExceeded'
        ? fail(c, 403, 'quota_exceeded')
        : fail(c, 404, 'not_found');
    return c.json({
      results: r.value.results.map(toWireResult),
      spaceVersion: r.value.spaceVersion,
    });
  });

  api.get('/spaces/:spaceId/pull', async (c) => {
    const spaceId = parseWith(uuid, c.req.param('spaceId'));
    const q = parseWith(pullQuerySchema, c.req.query());
    const limit = q.limit ?? LIMITS.pullPage;
    const r = await store.pull(c.get('session').accountId, spaceId, q.since, limit);
    if (!r.ok) return fail(c, 404, 'not_found');
    const { records, cursor, spaceVersion, hasMore } = r.value;
    return c.json({ records: records.map(toWire), cursor, spaceVersion, hasMore });
  });
  return api;
}
