/**
 * Once per `npm test`: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temporary
 * folder) and a migrated template database that each test file clones in milliseconds.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { freePort } from './free-port.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | null = null;
let tempDir: string | null = null;

export async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'samtal-test-pg-'));
    chmodSync(tempDir, 0o755); // as root, PostgreSQL runs as the 'postgres' OS user and must reach it
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: await freePort(), persistent: false });
    adminUrl = embedded.url;
  }
  const template = `samtal_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const handle = openDatabase(withDatabase(adminUrl, template), { max: 2 });
  await migrate(handle.pool);
  await handle.close();

  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE 'samtal_t_${process.pid}_%' OR datname = $1`,
      [template],
    );
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`).catch(() => {});
    await client.end();
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
