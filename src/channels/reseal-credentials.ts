/**
 * Key rotation: re-seal every channel's credentials with the current SAMTAL_SECRET_KEY. Run it after
 * moving the old key to SAMTAL_PREVIOUS_SECRET_KEYS; once it reports nothing left on an old key,
 * the old key can be dropped. Credentials no configured key opens are reported, never deleted.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.js';
import * as repo from './channels.repository.js';

export interface ResealReport {
  resealed: number;
  alreadyCurrent: number;
  unreadable: string[]; // channel ids
}

export async function resealChannelCredentials(deps: Pick<AppContext, 'db' | 'secrets'>): Promise<ResealReport> {
  const report: ResealReport = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
  for (const row of await repo.listSealedCredentials(deps.db)) {
    const sealed = row.credentials_encrypted!;
    if (!deps.secrets.isStale(sealed)) {
      report.alreadyCurrent += 1;
      continue;
    }
    let resealed: string;
    try {
      resealed = deps.secrets.reseal(sealed);
    } catch {
      report.unreadable.push(row.id);
      continue;
    }
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateSealedCredentials(trx, row.id, resealed);
      await recordAudit(trx, {
        workspaceId: row.workspace_id,
        actor: SYSTEM_ACTOR,
        action: 'channel.credentials_resealed',
        subject: { type: 'channel', id: row.id },
      });
    });
    report.resealed += 1;
  }
  return report;
}
