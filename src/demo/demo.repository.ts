import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

const DEMO_LOCK_ID = 7_270_002; // arbitrary, constant: "samtal demo seeding"

/** API and worker processes starting together: only one of them seeds, the other waits and sees it done. */
export async function lockDemoSeeding(trx: Executor) {
  await sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK_ID})`.execute(trx);
}
