/** A logged-in user creates a workspace and becomes its first admin. */
import type { Db } from '../db/database.js';
import { userActor } from '../audit/audit-actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { conflict } from '../http/errors.js';
import { seedDefaultBlackouts } from '../publishing/blackouts/blackout-windows.js';
import { isUniqueViolation } from '../users/unique-violation.js';
import { findWorkspaceBySlug, insertWorkspace, upsertMembership } from './workspaces.repository.js';

export interface NewWorkspace {
  name: string;
  slug: string;
  country: string;
  timeZone: string;
  defaultLanguage: string;
}

const slugTaken = (slug: string) =>
  conflict(`The short name "${slug}" is already taken by another workspace. Choose another one.`);

export async function createWorkspace(
  db: Db,
  creator: { userId: string; name: string; email: string },
  input: NewWorkspace,
) {
  if (await findWorkspaceBySlug(db, input.slug)) throw slugTaken(input.slug);
  try {
    return await db.transaction().execute(async (trx) => {
      const workspace = await insertWorkspace(trx, input);
      await upsertMembership(trx, workspace.id, creator.userId, ['admin']);
      // The country's moments of silence (e.g. Dodenherdenking for NL) are blackout windows from day one.
      await seedDefaultBlackouts(trx, workspace);
      await recordAudit(trx, {
        workspaceId: workspace.id,
        actor: userActor(creator),
        action: 'workspace.created',
        subject: { type: 'workspace', id: workspace.id },
        data: { ...input },
      });
      return workspace;
    });
  } catch (error) {
    // Two people choosing the same slug at once: the database decides.
    if (isUniqueViolation(error)) throw slugTaken(input.slug);
    throw error;
  }
}
