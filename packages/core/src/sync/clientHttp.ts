/**
 * The client side of the wire: turns API calls into requests through an injected `Http`
 * function (the browser's fetch, or a test's in-memory `app.request`) and parses every
 * answer by schema. Core stays free of I/O: the platform supplies `Http`.
 *
 * Invariants: an answer that does not match its schema is `BadResponse`, never trusted;
 * a network failure is `Offline`; any other non-2xx answer carries the server's stable
 * reason code.
 */
import type * as z from 'zod/mini';
import { type ErrorCode, errorBodySchema } from '../protocol/errors.ts';
import {
  API_BASE,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  pullResponseSchema,
  pushResponseSchema,
} from '../protocol/protocol.ts';
import { err, ok, type Result } from '../result.ts';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path under the API base, e.g. `/spaces`. */
  path: string;
  /** A JSON body, already serialised. */
  body?: string;
}
export interface HttpAnswer {
  status: number;
  text: string;
}
/** Sends one request; rejects only when the network is unreachable. */
export type Http = (req: HttpRequest) => Promise<HttpAnswer>;

export type TransportError =
  | { type: 'Offline' }
  | { type: 'BadResponse'; status: number }
  | { type: 'Http'; status: number; code: ErrorCode; retryAfter?: number };

export type Call<T> = Promise<Result<T, TransportError>>;

/** The sync endpoints the sync engine needs. */
export interface SyncTransport {
  push(spaceId: string, body: PushRequest): Call<PushResponse>;
  pull(spaceId: string, since: number, limit?: number): Call<PullResponse>;
  /** Creates a space owned by the signed-in account; `space_exists` when it already is. */
  createSpace(spaceId: string): Call<null>;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls the API and parses a 2xx answer with `schema` (or expects no body when null). */
export async function callApi<T>(
  http: Http,
  req: HttpRequest,
  schema: z.ZodMiniType<T> | null,
): Call<T | null> {
  let answer: HttpAnswer;
  try {
    answer = await http({ ...req, path: `${API_BASE}${req.path}` });
  } catch {
    return err({ type: 'Offline' });
  }
  const body = parseJson(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    if (!schema) return ok(null);
    const parsed = schema.safeParse(body);
    return parsed.success ? ok(parsed.data) : err({ type: 'BadResponse', status: answer.status });
  }
  const e = errorBodySchema.safeParse(body);
  if (!e.success) return err({ type: 'BadResponse', status: answer.status });
  const { code, retryAfter } = e.data.error;
  return err(
    retryAfter === undefined
      ? { type: 'Http', status: answer.status, code }
      : { type: 'Http', status: answer.status, code, retryAfter },
  );
}

/** Narrows a nullable success to the schema's type (null only when no schema was given). */
async function expect<T>(call: Call<T | null>): Call<T> {
  const r = await call;
  if (!r.ok) return r;
  if (r.value === null) return err({ type: 'BadResponse', status: 200 });
  return ok(r.value);
}

export function httpSyncTransport(http: Http): SyncTransport {
  return {
    push: (spaceId, body) =>
      expect(
        callApi(
          http,
          { method: 'POST', path: `/spaces/${spaceId}/push`, body: JSON.stringify(body) },
          pushResponseSchema,
        ),
      ),
    pull: (spaceId, since, limit) =>
      expect(
        callApi(
          http,
          {
            method: 'GET',
            path: `/spaces/${spaceId}/pull?since=${since}${limit ? `&limit=${limit}` : ''}`,
          },
          pullResponseSchema,
        ),
      ),
    createSpace: (spaceId) =>
      callApi(http, { method: 'POST', path: '/spaces', body: JSON.stringify({ spaceId }) }, null),
  };
}
