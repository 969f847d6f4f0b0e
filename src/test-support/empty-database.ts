/**
 * A brand-new, EMPTY database on the test server (not cloned from the migrated template): for tests
 * of migrations and of processes that must migrate on their own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { withDatabase } from './global-setup.js';

export interface EmptyDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

export async function createEmptyDatabase(): Promise<EmptyDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const template = inject('templateDatabase');
  // Named like the cloned test databases, so global teardown removes it even after a crash.
  const name = `samtal_t_${template.split('_').pop()}_e${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0`);
  return {
    name,
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
