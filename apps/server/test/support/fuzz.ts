/**
 * Test helper: fast-check generators of broken JSON requests made from a valid sample body:
 * truncated JSON, arbitrary text, one leaf replaced by a value of another kind, a control
 * character put into a string, one unknown field added to some object, or the right body
 * under the wrong media type. Every string of the samples is one a control character
 * makes invalid.
 */
import fc from 'fast-check';

type Json = Record<string, unknown>;
type Path = (string | number)[];

function paths(v: unknown, at: Path = []): { leaves: Path[]; objects: Path[] } {
  if (Array.isArray(v)) {
    const out = { leaves: [] as Path[], objects: [] as Path[] };
    v.forEach((x, i) => {
      const sub = paths(x, [...at, i]);
      out.leaves.push(...sub.leaves);
      out.objects.push(...sub.objects);
    });
    return out;
  }
  if (typeof v === 'object' && v !== null) {
    const out = { leaves: [] as Path[], objects: [at] };
    for (const [k, x] of Object.entries(v)) {
      const sub = paths(x, [...at, k]);
      out.leaves.push(...sub.leaves);
      out.objects.push(...sub.objects);
    }
    return out;
  }
  return { leaves: [at], objects: [] };
}

function getAt(v: unknown, p: Path): unknown {
  return p.reduce<unknown>(
    (x, k) => (typeof x === 'object' && x !== null ? Reflect.get(x, k) : undefined),
    v,
  );
}

function setAt(v: Json, p: Path, value: unknown): Json {
  const copy: Json = structuredClone(v);
  const parent = getAt(copy, p.slice(0, -1));
  const last = p.at(-1);
  if (typeof parent === 'object' && parent !== null && last !== undefined)
    Reflect.set(parent, last, value);
  return copy;
}

const sameKind = (a: unknown, b: unknown) =>
  typeof a === typeof b && Array.isArray(a) === Array.isArray(b) && (a === null) === (b === null);

const CONTROL = ['\u0000', '\u0007', '\n', '\u001b', '\u007f', '\u0085'];

export interface BadRequest {
  body: string;
  type: string;
}

export function badRequests(sample: Json): fc.Arbitrary<BadRequest> {
  const text = JSON.stringify(sample);
  const json = 'application/json';
  const { leaves, objects } = paths(sample);
  const strings = leaves.filter((p) => typeof getAt(sample, p) === 'string');
  return fc.oneof(
    fc.nat({ max: text.length - 1 }).map((n) => ({ body: text.slice(0, n), type: json })),
    fc.string().map((body) => ({ body, type: json })),
    fc
      .tuple(fc.constantFrom(...leaves), fc.anything())
      // undefined would just drop an optional field, leaving a valid body.
      .filter(([p, v]) => v !== undefined && !sameKind(getAt(sample, p), v))
      .map(([p, v]) => ({ body: JSON.stringify(setAt(sample, p, v)) ?? '', type: json })),
    fc
      .tuple(fc.constantFrom(...objects), fc.string({ minLength: 1 }), fc.jsonValue())
      .filter(([p, k]) => {
        const o = getAt(sample, p);
        return typeof o === 'object' && o !== null && !Object.hasOwn(o, k) && k !== '__proto__';
      })
      .map(([p, k, v]) => ({ body: JSON.stringify(setAt(sample, [...p, k], v)), type: json })),
    // A control character inside a string field (PostgreSQL text cannot even hold NUL).
    fc
      .tuple(fc.constantFrom(...strings), fc.constantFrom(...CONTROL), fc.nat())
      .map(([p, ch, at]) => {
        const v = String(getAt(sample, p));
        const i = at % (v.length + 1);
        return {
          body: JSON.stringify(setAt(sample, p, v.slice(0, i) + ch + v.slice(i))),
          type: json,
        };
      }),
    fc
      .constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '')
      .map((type) => ({ body: text, type })),
  );
}
