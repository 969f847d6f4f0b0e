/**
 * Sends one recorded webhook delivery to the workspace's URL, signed with its secret. A non-2xx
 * answer or a network error is recorded on the delivery (status code, error) and thrown, so the job
 * queue retries it with exponential backoff; after the last attempt the delivery ends 'failed'.
 */
import type { AppContext } from '../app/context.js';
import { checkOutboundUrl, UnsafeUrlError } from '../shared/outbound-url.js';
import * as repo from './notifications.repository.js';
import { signWebhookBody } from './webhook-signature.js';

export type DeliverDeps = Pick<AppContext, 'db' | 'secrets' | 'config'>;

const TIMEOUT_MS = 10_000;
const MAX_ERROR_LENGTH = 500;

export class WebhookDeliveryError extends Error {}

export async function deliverWebhook(
  deps: DeliverDeps,
  deliveryId: string,
  job: { attempt: number; maxAttempts: number },
): Promise<'delivered' | 'failed' | 'skipped'> {
  const delivery = await repo.findDeliveryWithTarget(deps.db, deliveryId);
  if (!delivery || delivery.status !== 'pending') return 'skipped'; // delivered or given up already
  const lastAttempt = job.attempt >= job.maxAttempts;

  const fail = async (error: string, responseStatus: number | null) => {
    await repo.recordDeliveryAttempt(deps.db, delivery.id, {
      status: lastAttempt ? 'failed' : 'pending',
      responseStatus,
      error: error.slice(0, MAX_ERROR_LENGTH),
    });
    if (!lastAttempt) throw new WebhookDeliveryError(error);
    return 'failed' as const;
  };

  if (!delivery.webhook_url || !delivery.webhook_secret_encrypted) {
    // Switched off (or the secret removed) after the event: nothing to send, nothing to retry.
    await repo.recordDeliveryAttempt(deps.db, delivery.id, {
      status: 'failed',
      responseStatus: null,
      error: 'No webhook URL and secret are configured any more.',
    });
    return 'failed';
  }

  // Checked again at send time: the name may resolve somewhere else now than when it was saved.
  try {
    await checkOutboundUrl(delivery.webhook_url, { allowPrivate: deps.config.allowPrivateUrls });
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    await repo.recordDeliveryAttempt(deps.db, delivery.id, {
      status: 'failed',
      responseStatus: null,
      error: `Not sent: ${error.message}`,
    });
    return 'failed';
  }

  // The exact bytes we sign are the bytes we send.
  const body = JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    workspaceId: delivery.workspace_id,
    createdAt: new Date(delivery.created_at).toISOString(),
    data: delivery.payload,
  });
  const secret = deps.secrets.open(delivery.webhook_secret_encrypted);
  let response: Response;
  try {
    response = await fetch(delivery.webhook_url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Samtal-Webhook/1',
        'x-samtal-signature': signWebhookBody(secret, body),
        'x-samtal-event': delivery.event,
        'x-samtal-delivery': delivery.id,
        'x-samtal-timestamp': String(Math.floor(Date.now() / 1000)),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${TIMEOUT_MS / 1000} s`
        : String((error as Error).message);
    return fail(`Could not reach the webhook URL: ${cause}`, null);
  }
  await response.body?.cancel().catch(() => {});
  if (response.status >= 200 && response.status < 300) {
    await repo.recordDeliveryAttempt(deps.db, delivery.id, {
      status: 'delivered',
      responseStatus: response.status,
      error: null,
    });
    return 'delivered';
  }
  return fail(`The receiver answered HTTP ${response.status}`, response.status);
}
