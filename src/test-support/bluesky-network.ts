/**
 * A real local Bluesky network for tests: PLC, PDS, AppView and Ozone from @atproto/dev-env, in this
 * process. One per test file (start takes ~15 s). Its AppView and Ozone keep their tables in two
 * PostgreSQL schemas named after a unique stem; close() drops them again.
 */
import { randomBytes } from 'node:crypto';
import { AtpAgent } from '@atproto/api';
import { TestNetwork } from '@atproto/dev-env';
import pg from 'pg';

export interface BlueskyTestAccount {
  did: string;
  handle: string;
  password: string;
  /** Logged in with the account password. */
  agent: AtpAgent;
}

export interface BlueskyNetwork {
  pdsUrl: string;
  network: TestNetwork;
  createAccount(handleStem: string): Promise<BlueskyTestAccount>;
  /** A fresh app password (what a person pastes into Samtal), and its name for revoking it. */
  createAppPassword(account: BlueskyTestAccount, name?: string): Promise<{ name: string; password: string }>;
  /**
   * Waits until the AppView has indexed everything the PDS has written so far. Needed before reading
   * through the AppView (getProfile, timelines, notifications): the PDS's firehose polls its event log
   * with a backoff of up to a second when idle, so a fresh account can be unknown there for ~1 s.
   */
  waitIndexed(): Promise<void>;
  /** The AppView stops reading the PDS's firehose for good (a lagging AppView); waitIndexed no longer works. */
  stopIndexing(): Promise<void>;
  close(): Promise<void>;
}

export async function startBlueskyNetwork(options: { postgresUrl?: string } = {}): Promise<BlueskyNetwork> {
  const postgresUrl = options.postgresUrl ?? process.env.DATABASE_URL;
  if (!postgresUrl) throw new Error('startBlueskyNetwork needs a PostgreSQL URL (DATABASE_URL).');
  // dev-env only checks that it is set: the tests pass with nothing listening there (no Redis needed).
  process.env.REDIS_HOST ??= '127.0.0.1:6379';
  const schema = `samtal_${uniqueLetters(10)}`; // the AppView allows only [A-Za-z_] in schema names
  let network: TestNetwork;
  try {
    network = await TestNetwork.create({ dbPostgresUrl: postgresUrl, dbPostgresSchema: schema });
  } catch (error) {
    await dropSchemas(postgresUrl, schema);
    throw error;
  }
  const pdsUrl = network.pds.url;

  return {
    pdsUrl,
    network,
    async createAccount(handleStem) {
      const handle = `${handleStem}-${randomBytes(3).toString('hex')}.test`;
      const password = `pw-${randomBytes(8).toString('hex')}`;
      const agent = new AtpAgent({ service: pdsUrl });
      await agent.createAccount({ handle, password, email: `${handle}@example.test` });
      return { did: agent.assertDid, handle, password, agent };
    },
    async createAppPassword(account, name = `samtal-${randomBytes(3).toString('hex')}`) {
      const res = await account.agent.com.atproto.server.createAppPassword({ name });
      return { name, password: res.data.password };
    },
    async waitIndexed() {
      await network.processAll(60_000);
    },
    async stopIndexing() {
      await network.bsky.sub.destroy();
    },
    async close() {
      try {
        await network.close();
      } finally {
        await dropSchemas(postgresUrl, schema);
      }
    },
  };
}

function uniqueLetters(n: number): string {
  return [...randomBytes(n)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

async function dropSchemas(postgresUrl: string, schema: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "appview_${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "ozone_${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
