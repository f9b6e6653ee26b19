/**
 * Late commit (docs/design.md §6): writer A takes its position first but commits last; a client
 * pulls in between. With a global sequence as cursor the client moves past A's position
 * before A is visible and never sees A. With per-space versions allocated under the space
 * lock, B cannot take a version until A commits, so nothing is skipped.
 *
 * The scenario runs against a deliberately broken global-sequence store defined here
 * (it must lose A: that proves the test can fail) and against the real store on both
 * databases, whose commit is held back by a gate in the transaction runner.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, postgresAvailable } from '../../test/support/stores.ts';
import { KyselySyncStore } from './kysely.ts';
import type { Db, TxRunner } from './tx.ts';

const pgOk = await postgresAvailable();

interface Target {
  /** Starts a push of one record; with a gate, its commit waits for the gate. */
  push(recordId: string, gate?: Promise<void>): Promise<void>;
  /** Resolves once the gated push holds its position (has written, not committed). */
  positioned(): Promise<void>;
  pull(since: number): Promise<{ ids: string[]; cursor: number }>;
}

async function scenario(t: Target): Promise<string[]> {
  let open = () => {};
  const gate = new Promise<void>((r) => {
    open = r;
  });
  const a = t.push('A', gate);
  await t.positioned();
  const b = t.push('B');
  const early = t.pull(0);
  // Let B and the early pull run as far as they can while A is still uncommitted.
  await new Promise((r) => setTimeout(r, 50));
  open();
  await Promise.all([a, b]);
  const first = await early;
  const rest = await t.pull(first.cursor);
  return [...first.ids, ...rest.ids].sort();
}

/** The broken design: one global counter taken at the start of a write, rows visible at commit. */
function globalSequenceStore(): Target {
  let seq = 0;
  const committed: { seq: number; id: string }[] = [];
  let reached = Promise.resolve();
  return {
    async push(id, gate) {
      const mine = ++seq;
      if (gate) {
        reached = Promise.resolve();
        await gate;
      }
      committed.push({ seq: mine, id });
    },
    positioned: () => reached,
    async pull(since) {
      const rows = committed.filter((r) => r.seq > since).sort((x, y) => x.seq - y.seq);
      return { ids: rows.map((r) => r.id), cursor: rows.at(-1)?.seq ?? since };
    },
  };
}

/**
 * The real store, with a runner whose next gated write waits before committing. The gated
 * push goes through one store and the others through a second one on the same database,
 * as two server processes would: a single store's push queue would otherwise simply keep
 * B behind A, and the test would not reach the database's lock.
 */
function gatedRealStore(db: Db, inner: TxRunner): { target: Target } {
  let nextGate: Promise<void> | undefined;
  let markReached = () => {};
  const reached = new Promise<void>((r) => {
    markReached = r;
  });
  // The gated push sends its writes, says it is positioned, and commits once the gate opens.
  const runner: TxRunner = {
    dialect: inner.dialect,
    reader: inner.reader,
    close: () => inner.close(),
    scrub: () => inner.scrub(),
    read: (fn) => inner.read(fn),
    write: (fn) => inner.write(fn),
    writeGroups: (fn) => {
      const gate = nextGate;
      nextGate = undefined;
      return inner.writeGroups(async (send) => {
        const out = await fn(send);
        if (!gate) return out;
        await send(...out.last);
        markReached();
        await gate;
        return { value: out.value, last: [] };
      });
    },
  };
  const gatedStore = new KyselySyncStore(db, runner);
  const store = new KyselySyncStore(db, runner);
  const account = randomUUID();
  const space = randomUUID();
  const ids = new Map<string, string>();
  const recordId = (name: string) => {
    const id = ids.get(name) ?? randomUUID();
    ids.set(name, id);
    return id;
  };
  const nameOf = (id: string) => [...ids].find(([, v]) => v === id)?.[0] ?? id;
  let ready: Promise<unknown> | undefined;
  const setup = () => {
    ready ??= store
      .createAccount({
        id: account,
        identifier: `late-${account}`,
        registrationRecord: 'rec',
        recoveryTokenHash: 'hash',
        createdAt: 1,
        keys: {},
      })
      .then(() => store.createSpace(space, account, 1));
    return ready;
  };
  const target: Target = {
    async push(name, gate) {
      await setup();
      nextGate = gate;
      const env = {
        id: recordId(name),
        spaceId: space,
        format: 1,
        keyId: 'k',
        nonce: new Uint8Array(24),
        ciphertext: new Uint8Array(16),
      };
      const r = await (gate ? gatedStore : store).push(account, space, [
        { mutationId: randomUUID(), baseVersion: 0, envelope: env },
      ]);
      if (!r.ok) throw new Error('push refused');
    },
    positioned: () => reached,
    async pull(since) {
      await setup();
      const r = await store.pull(account, space, since, 100);
      if (!r.ok) throw new Error('pull refused');
      return { ids: r.value.records.map((e) => nameOf(e.id)), cursor: r.value.cursor };
    },
  };
  return { target };
}

describe('late commit', () => {
  it('loses a late-committing row when the cursor is a global sequence (the broken design)', async () => {
    expect(await scenario(globalSequenceStore())).toEqual(['B']);
  });

  for (const adapter of ADAPTERS) {
    it.skipIf(adapter.needsPostgres && !pgOk)(
      `loses nothing on the real store: ${adapter.name}`,
      async () => {
        const opened = await adapter.open();
        try {
          const { target } = gatedRealStore(opened.db, opened.tx);
          expect(await scenario(target)).toEqual(['A', 'B']);
        } finally {
          await opened.cleanup();
        }
      },
    );
  }
});
