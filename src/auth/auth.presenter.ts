import type { z } from 'zod';
import type { SessionUser } from './sessions.js';
import type { MeResponse } from './auth.schema.js';
import type { listMembershipsOfUser } from '../workspaces/workspaces.repository.js';

type MembershipRow = Awaited<ReturnType<typeof listMembershipsOfUser>>[number];

export function presentMe(
  user: Pick<SessionUser, 'userId' | 'email' | 'name' | 'language'>,
  csrfToken: string,
  memberships: MembershipRow[],
): z.infer<typeof MeResponse> {
  return {
    user: { id: user.userId, email: user.email, name: user.name, language: user.language as 'sv' | 'nl' | 'en' | null },
    csrfToken,
    workspaces: memberships.map((m) => ({
      id: m.id,
      slug: m.slug,
      name: m.name,
      country: m.country,
      timeZone: m.time_zone,
      defaultLanguage: m.default_language as 'sv' | 'nl' | 'en',
      roles: m.roles as z.infer<typeof MeResponse>['workspaces'][number]['roles'],
    })),
  };
}
