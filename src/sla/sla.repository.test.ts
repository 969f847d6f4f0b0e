import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { makeWorkspace } from '../test-support/factories.js';
import { isOpen } from './business-hours.js';
import { loadSlaContext } from './sla.repository.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('loadSlaContext', () => {
  it('creates the default settings and policies once, even when asked concurrently', async () => {
    const workspace = await makeWorkspace(database.db, { country: 'SE', timeZone: 'Europe/Stockholm' });
    const [first, second] = await Promise.all([
      loadSlaContext(database.db, workspace.id),
      loadSlaContext(database.db, workspace.id),
    ]);
    expect(first.policies.map((p) => p.name)).toEqual(['Critical', 'High severity', 'Negative sentiment', 'Default']);
    expect(second.policies).toHaveLength(4);
    const critical = first.policies[0]!;
    expect(critical).toMatchObject({
      severities: ['critical'],
      first_response_minutes: 30,
      business_hours_only: false,
    });
    expect(first.policies[3]).toMatchObject({ first_response_minutes: 240, next_response_minutes: 240 });
    expect(first.settings).toMatchObject({ approval_policy: 'negative_or_critical', out_of_hours_ack: false });
    expect(first.schedule).toMatchObject({ timeZone: 'Europe/Stockholm', country: 'SE', closedOnHolidays: true });
    // Midsommarafton is closed in Sweden.
    expect(isOpen(first.schedule, new Date('2026-06-19T10:00:00+02:00'))).toBe(false);
  });

  it('does not bring deleted policies back', async () => {
    const workspace = await makeWorkspace(database.db);
    await loadSlaContext(database.db, workspace.id);
    await database.db.deleteFrom('sla_policies').where('workspace_id', '=', workspace.id).execute();
    expect((await loadSlaContext(database.db, workspace.id)).policies).toEqual([]);
  });

  it('uses the workspace zone and country; countries without holiday rules get none', async () => {
    const dutch = await makeWorkspace(database.db, { country: 'NL', timeZone: 'Europe/Amsterdam' });
    const kingsDay = new Date('2026-04-27T10:00:00+02:00');
    expect(isOpen((await loadSlaContext(database.db, dutch.id)).schedule, kingsDay)).toBe(false);
    const german = await makeWorkspace(database.db, { country: 'DE', timeZone: 'Europe/Berlin' });
    const schedule = (await loadSlaContext(database.db, german.id)).schedule;
    expect(schedule).toMatchObject({ country: null, timeZone: 'Europe/Berlin' });
    expect(isOpen(schedule, kingsDay)).toBe(true);
  });
});
