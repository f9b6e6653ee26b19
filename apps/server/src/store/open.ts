/** Picks the adapter: PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR. */
import { join } from 'node:path';
import type { SyncStore } from './port.ts';
import { openPostgresStore } from './postgres.ts';
import type { Quota } from './quota.ts';
import { openSqliteStore } from './sqlite.ts';

export function openStore(opts: {
  dataDir: string;
  databaseUrl?: string | undefined;
  poolSize?: number | undefined;
  quota?: Quota;
}): Promise<SyncStore> {
  const url = opts.databaseUrl;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
    return openPostgresStore(url, opts.poolSize ? { poolSize: opts.poolSize } : {}, opts.quota);
  }
  return openSqliteStore(join(opts.dataDir, 'securebase.sqlite'), opts.quota);
}
