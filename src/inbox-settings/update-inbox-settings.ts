/** Changes a workspace's inbox settings. The webhook secret is sealed at rest and never returned. */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { InboxSettings } from '../db/schema.js';
import { badRequest } from '../http/errors.js';
import { checkOutboundUrl, UnsafeUrlError } from '../shared/outbound-url.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import * as repo from './inbox-settings.repository.js';
import type { UpdateInboxSettingsInput } from './inbox-settings.schema.js';

export async function updateInboxSettings(
  deps: Pick<AppContext, 'db' | 'secrets' | 'config'>,
  request: { workspaceId: string; actor: AuditActor },
  input: UpdateInboxSettingsInput,
): Promise<InboxSettings> {
  if (input.webhookUrl) await checkWebhookUrl(input.webhookUrl, deps.config.allowPrivateUrls);
  return deps.db.transaction().execute(async (trx) => {
    const { settings: current } = await loadSlaContext(trx, request.workspaceId); // creates the row if new
    const secret =
      input.webhookSecret === undefined
        ? current.webhook_secret_encrypted
        : input.webhookSecret === null
          ? null
          : deps.secrets.seal(input.webhookSecret);
    const url = input.webhookUrl === undefined ? current.webhook_url : input.webhookUrl;
    if (url !== null && secret === null) {
      throw badRequest('A webhook needs a secret to sign its deliveries: set webhookSecret.', [
        { field: 'body.webhookSecret', message: 'is required when a webhook URL is set' },
      ]);
    }
    const texts = input.outOfHoursTexts
      ? { ...(current.out_of_hours_texts as Record<string, string>), ...input.outOfHoursTexts }
      : undefined;
    const updated = await repo.updateInboxSettings(trx, request.workspaceId, {
      ...(input.businessHours !== undefined && { business_hours: JSON.stringify(input.businessHours) }),
      ...(input.approvalPolicy !== undefined && { approval_policy: input.approvalPolicy }),
      ...(input.autoAssign !== undefined && { auto_assign: input.autoAssign }),
      ...(input.warningRatio !== undefined && { warning_ratio: input.warningRatio }),
      ...(input.outOfHoursAck !== undefined && { out_of_hours_ack: input.outOfHoursAck }),
      ...(texts !== undefined && { out_of_hours_texts: JSON.stringify(texts) }),
      webhook_url: url,
      webhook_secret_encrypted: secret,
    });
    // Field names only: the secret (and long texts) stay out of the audit log.
    const changed = Object.keys(input).filter((key) => input[key as keyof UpdateInboxSettingsInput] !== undefined);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'inbox_settings.updated',
      subject: { type: 'workspace', id: request.workspaceId },
      data: { fields: changed, ...(input.webhookSecret !== undefined && { webhookSecretSet: secret !== null }) },
    });
    return updated;
  });
}

/** The server posts to this URL: in production it may not point into our own network. */
async function checkWebhookUrl(url: string, allowPrivate: boolean) {
  try {
    await checkOutboundUrl(url, { allowPrivate });
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    throw badRequest(`The webhook URL cannot be used: ${error.message}`, [
      { field: 'body.webhookUrl', message: error.message },
    ]);
  }
}
