import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// bigint columns (counts, sequences) come back as strings; we keep them as strings in the schema types.
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Either the database or an open transaction: use cases accept both. */
export type Executor = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  pool: pg.Pool;
  url: string;
  close(): Promise<void>;
}

export function openDatabase(url: string, options: { max?: number; applicationName?: string } = {}): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'samtal',
    connectionTimeoutMillis: 5_000,
  });
  // A client that loses its server (a restart, a network cut) emits 'error'; without a listener Node
  // crashes the process. Idle clients report through the pool, checked-out ones through the client:
  // pg discards the broken client and the next query reports the failure to its caller. graphile-worker
  // checks for both listeners and warns when one is missing.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    pool,
    url,
    async close() {
      await db.destroy();
      // Kysely only ends a pool it has used; code that used the pool directly (migrations, the
      // worker) would otherwise leave connections open until their idle timeout.
      if (!pool.ended) await pool.end();
    },
  };
}
