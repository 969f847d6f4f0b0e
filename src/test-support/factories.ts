/** Test data builders. Every builder takes overrides and returns the stored row. */
import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.js';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import { insertUser } from '../users/users.repository.js';
import { insertWorkspace, upsertMembership } from '../workspaces/workspaces.repository.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

export async function makeWorkspace(
  db: Db,
  overrides: Partial<{ slug: string; name: string; country: string; timeZone: string; defaultLanguage: string }> = {},
) {
  const id = unique();
  return insertWorkspace(db, {
    slug: overrides.slug ?? `ws-${id}`,
    name: overrides.name ?? `Workspace ${id}`,
    country: overrides.country ?? 'SE',
    timeZone: overrides.timeZone ?? 'Europe/Stockholm',
    defaultLanguage: overrides.defaultLanguage ?? 'sv',
  });
}

export async function makeUser(
  db: Db,
  overrides: Partial<{ email: string; name: string; password: string; language: string }> = {},
) {
  const passwordHash = overrides.password
    ? await hashPassword(overrides.password)
    : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  return insertUser(db, {
    email: overrides.email ?? `user-${unique()}@example.test`,
    name: overrides.name ?? 'Test User',
    passwordHash,
    language: overrides.language ?? null,
  });
}

/** A user who is a member of the workspace with the given roles. */
export async function makeMember(
  db: Db,
  workspaceId: string,
  roles: Role[],
  overrides: Parameters<typeof makeUser>[1] = {},
) {
  const user = await makeUser(db, overrides);
  await upsertMembership(db, workspaceId, user.id, roles);
  return user;
}
