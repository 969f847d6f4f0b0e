/**
 * The demo: two workspaces (a Swedish municipality and a Dutch company) with one person per role,
 * one person in both, sandbox channels with a few hours of realistic traffic plus the live generator,
 * and a few posts on the publishing calendar. Everything is created in one transaction under an
 * advisory lock, so seeding is all-or-nothing and never doubles up; existing workspaces (by slug) and
 * accounts (by e-mail) are left alone (posts are only seeded for a workspace created here).
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import { connectChannel } from '../channels/connect-channel.js';
import { backfillSandbox } from '../channels/sandbox/sandbox-network.js';
import { syncChannel } from '../channels/sync-channel.js';
import type { Executor } from '../db/database.js';
import { seedDemoGuidelines } from '../guidelines/demo-guidelines.js';
import { seedDemoKnowledge } from '../knowledge/demo-knowledge.js';
import { seedDemoModerationRules } from '../moderation/demo-moderation-rules.js';
import { seedDefaultBlackouts } from '../publishing/blackouts/blackout-windows.js';
import { seedDemoPosts } from '../publishing/posts/demo-posts.js';
import { seedDemoResponders } from '../responders/demo-responders.js';
import { findUserByEmail, insertUser } from '../users/users.repository.js';
import {
  countWorkspaces,
  findWorkspaceBySlug,
  insertWorkspace,
  upsertMembership,
} from '../workspaces/workspaces.repository.js';
import { DEMO_BACKFILL_HOURS, DEMO_PASSWORD, DEMO_SHARED_USER, DEMO_WORKSPACES } from './demo-data.js';
import { formatDemoLogins, type DemoLogin } from './demo-logins.js';
import { lockDemoSeeding } from './demo.repository.js';

const DEMO_ACTOR: AuditActor = { id: null, label: 'demo seed' };

export interface SeedDemoOptions {
  /** Seed even when the database has other workspaces (demo slugs that exist are skipped). */
  force?: boolean;
  /** Where the table of logins goes; stdout in the CLI and at startup. */
  print?: (text: string) => void;
}

export interface SeedDemoResult {
  seeded: boolean;
  workspaces: string[];
  logins: DemoLogin[];
}

export async function seedDemo(
  ctx: Pick<AppContext, 'db' | 'secrets' | 'channels' | 'config' | 'log'>,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all demo accounts keeps seeding fast
  const channels: string[] = [];
  const result = await ctx.db.transaction().execute(async (trx) => {
    await lockDemoSeeding(trx);
    if (!options.force && (await countWorkspaces(trx)) > 0) return { seeded: false, workspaces: [], logins: [] };
    const logins: DemoLogin[] = [];
    const created = new Map<string, { id: string; name: string }>();
    const now = new Date();

    for (const demo of DEMO_WORKSPACES) {
      if (await findWorkspaceBySlug(trx, demo.slug)) continue;
      const workspace = await insertWorkspace(trx, demo);
      created.set(demo.slug, workspace);
      await recordAudit(trx, {
        workspaceId: workspace.id,
        actor: DEMO_ACTOR,
        action: 'workspace.created',
        subject: { type: 'workspace', id: workspace.id },
        data: { demo: true },
      });
      let author: string | null = null; // the manager writes the demo posts
      for (const [role, name] of Object.entries(demo.people) as Array<[Role, string]>) {
        const email = `${role}@${demo.domain}`;
        const fresh = await ensureUser(trx, { email, name, language: demo.defaultLanguage, passwordHash });
        await addMember(trx, workspace.id, fresh.id, [role]);
        if (role === 'manager') author = fresh.id;
        logins.push({ workspace: demo.name, email, name, roles: role, password: fresh.created ? DEMO_PASSWORD : null });
      }
      const workspaceChannels: string[] = [];
      for (const channel of demo.channels) {
        const row = await connectChannel(
          ctx,
          workspace.id,
          DEMO_ACTOR,
          { kind: 'sandbox', name: channel.name, handle: channel.handle },
          trx,
        );
        await backfillSandbox(trx, row.id, {
          count: channel.backfill,
          from: new Date(now.getTime() - DEMO_BACKFILL_HOURS * 3_600_000),
          to: now,
        });
        workspaceChannels.push(row.id);
      }
      channels.push(...workspaceChannels);
      await seedDemoKnowledge(trx, workspace.id, demo.slug);
      await seedDemoGuidelines(trx, workspace.id, demo.slug, DEMO_ACTOR);
      await seedDemoModerationRules(trx, workspace.id, demo.slug, DEMO_ACTOR);
      await seedDefaultBlackouts(trx, workspace);
      // Published, scheduled (send jobs days ahead) and in-review posts; nothing is sent now.
      await seedDemoPosts(trx, workspace, workspaceChannels, author, now);
    }

    const sharedIn = Object.keys(DEMO_SHARED_USER.roles).filter((slug) => created.has(slug));
    if (sharedIn.length) {
      const shared = await ensureUser(trx, { ...DEMO_SHARED_USER, passwordHash });
      for (const slug of sharedIn)
        await addMember(trx, created.get(slug)!.id, shared.id, DEMO_SHARED_USER.roles[slug]!);
      logins.push({
        workspace: sharedIn.map((slug) => created.get(slug)!.name).join(' + '),
        email: DEMO_SHARED_USER.email,
        name: DEMO_SHARED_USER.name,
        roles: sharedIn
          .map((slug) => `${DEMO_SHARED_USER.roles[slug]!.join(',')} (${created.get(slug)!.name})`)
          .join(', '),
        password: shared.created ? DEMO_PASSWORD : null,
      });
    }
    await seedDemoResponders(trx, created);
    return { seeded: created.size > 0, workspaces: [...created.values()].map((w) => w.name), logins };
  });

  // Ingest the backfill now, so the desk is full at first sight even before a worker runs.
  for (const channelId of channels) {
    await syncChannel(ctx, channelId).catch((error: Error) =>
      ctx.log.warn({ err: error, channelId }, 'demo: first sync failed; the worker will retry'),
    );
  }
  if (result.seeded) options.print?.(formatDemoLogins(result.logins, ctx.config.publicUrl));
  return result;
}

async function ensureUser(
  trx: Executor,
  user: { email: string; name: string; language: string; passwordHash: string },
) {
  const existing = await findUserByEmail(trx, user.email);
  if (existing) return { id: existing.id, created: false };
  const row = await insertUser(trx, user);
  return { id: row.id, created: true };
}

async function addMember(trx: Executor, workspaceId: string, userId: string, roles: Role[]) {
  await upsertMembership(trx, workspaceId, userId, roles);
  await recordAudit(trx, {
    workspaceId,
    actor: DEMO_ACTOR,
    action: 'member.added',
    subject: { type: 'user', id: userId },
    data: { roles, demo: true },
  });
}
