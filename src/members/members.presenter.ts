import type { z } from 'zod';
import type { Role } from '../auth/roles.js';
import type { findMember } from './members.repository.js';
import type { Member } from './members.schema.js';

type MemberRow = NonNullable<Awaited<ReturnType<typeof findMember>>>;

export function presentMember(row: MemberRow): z.infer<typeof Member> {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles as Role[],
    disabled: row.disabled_at !== null,
    joinedAt: new Date(row.created_at).toISOString(),
  };
}
