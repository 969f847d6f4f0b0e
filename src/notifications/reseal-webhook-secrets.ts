/**
 * Key rotation for outgoing-webhook secrets, the twin of resealChannelCredentials: re-seal every
 * workspace's webhook secret with the current key; secrets no configured key opens are reported.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/record-audit.js';
import * as repo from './notifications.repository.js';

export interface WebhookResealReport {
  resealed: number;
  alreadyCurrent: number;
  unreadable: string[]; // workspace ids
}

export async function resealWebhookSecrets(deps: Pick<AppContext, 'db' | 'secrets'>): Promise<WebhookResealReport> {
  const report: WebhookResealReport = { resealed: 0, alreadyCurrent: 0, unreadable: [] };
  for (const row of await repo.listSealedWebhookSecrets(deps.db)) {
    const sealed = row.webhook_secret_encrypted!;
    if (!deps.secrets.isStale(sealed)) {
      report.alreadyCurrent += 1;
      continue;
    }
    let resealed: string;
    try {
      resealed = deps.secrets.reseal(sealed);
    } catch {
      report.unreadable.push(row.workspace_id);
      continue;
    }
    await deps.db.transaction().execute(async (trx) => {
      await repo.updateSealedWebhookSecret(trx, row.workspace_id, resealed);
      await recordAudit(trx, {
        workspaceId: row.workspace_id,
        actor: SYSTEM_ACTOR,
        action: 'webhook.secret_resealed',
        subject: { type: 'workspace', id: row.workspace_id },
      });
    });
    report.resealed += 1;
  }
  return report;
}
