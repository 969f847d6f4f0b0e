/** Publishing settings, and the global pause (crisis mode will use it): audited, one transaction each. */
import type { AppContext } from '../../app/context.js';
import { recordAudit, type AuditActor } from '../../audit/record-audit.js';
import type { Executor } from '../../db/database.js';
import { conflict } from '../../http/errors.js';
import { publishLive } from '../../live/live-events.js';
import { userNames } from '../posts/posts.repository.js';
import { resumePublishing } from '../sending/schedule-variant.js';
import { findSettings, saveSettings, type PublishingSettingsValues } from './settings.repository.js';
import type { UpdateSettingsInput } from './settings.schema.js';

type Deps = Pick<AppContext, 'db'>;

export async function presentSettings(db: Executor, settings: PublishingSettingsValues) {
  const names = await userNames(db, [settings.pausedBy]);
  return {
    requireApproval: settings.requireApproval,
    approverRoles: settings.approverRoles,
    blackoutPolicy: settings.blackoutPolicy,
    paused: settings.pausedAt
      ? {
          at: settings.pausedAt.toISOString(),
          by: settings.pausedBy
            ? { id: settings.pausedBy, name: names.get(settings.pausedBy) ?? 'Former member' }
            : null,
          reason: settings.pauseReason ?? '',
        }
      : null,
  };
}

export async function updateSettings(deps: Deps, workspaceId: string, input: UpdateSettingsInput, actor: AuditActor) {
  return deps.db.transaction().execute(async (trx) => {
    await saveSettings(trx, workspaceId, input);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'publishing.settings_updated',
      subject: { type: 'workspace', id: workspaceId },
      data: { ...input },
    });
    return findSettings(trx, workspaceId);
  });
}

export async function pausePublishing(deps: Deps, workspaceId: string, reason: string, actor: AuditActor) {
  return deps.db.transaction().execute(async (trx) => {
    const current = await findSettings(trx, workspaceId);
    if (current.pausedAt) throw conflict(`Publishing is already paused: ${current.pauseReason ?? ''}`.trim());
    await saveSettings(trx, workspaceId, { pausedAt: new Date(), pausedBy: actor.id, pauseReason: reason });
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'publishing.paused',
      subject: { type: 'workspace', id: workspaceId },
      data: { reason },
    });
    await publishLive(trx, { workspaceId, type: 'publishing.paused', subjectId: workspaceId, data: { reason } });
    return findSettings(trx, workspaceId);
  });
}

/** Lifts the pause; every post it held is scheduled again (at once when its time has passed). */
export async function resumePublishingNow(deps: Deps, workspaceId: string, actor: AuditActor) {
  return deps.db.transaction().execute(async (trx) => {
    const current = await findSettings(trx, workspaceId);
    if (!current.pausedAt) throw conflict('Publishing is not paused.');
    await saveSettings(trx, workspaceId, { pausedAt: null, pausedBy: null, pauseReason: null });
    const resumed = await resumePublishing(trx, workspaceId);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'publishing.resumed',
      subject: { type: 'workspace', id: workspaceId },
      data: { resumed, pausedSince: current.pausedAt.toISOString() },
    });
    await publishLive(trx, { workspaceId, type: 'publishing.resumed', subjectId: workspaceId, data: { resumed } });
    return { settings: await findSettings(trx, workspaceId), resumed };
  });
}
