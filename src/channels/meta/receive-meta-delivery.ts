/**
 * A POST from Meta's webhooks. The signature is checked on the raw bytes before anything is
 * parsed; a valid delivery is stored and its job enqueued in one transaction, so the 200 that
 * follows never loses it. Every rejection is logged with its reason (no body, no secrets).
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../app/context.js';
import { AppError, badRequest, unauthorized } from '../../http/errors.js';
import { enqueueMetaProcessing } from './meta.jobs.js';
import { deliverySchema } from './meta-events.js';
import { isValidMetaSignature } from './meta-signature.js';
import * as repo from './meta-webhook.repository.js';

/** Meta retries a failing delivery for up to 36 hours; a week-old one is a replay, not a retry. */
export const STALE_AFTER_MS = 7 * 24 * 3600_000;

export type ReceiveDeps = Pick<AppContext, 'db' | 'config' | 'log'>;

export async function receiveMetaDelivery(
  deps: ReceiveDeps,
  rawBody: Buffer,
  signature: string | undefined,
  now = new Date(),
): Promise<{ duplicate: boolean }> {
  const reject = (error: AppError, reason: string): never => {
    deps.log.warn({ reason, status: error.statusCode, bytes: rawBody.length }, `meta webhook rejected: ${reason}`);
    throw error;
  };
  const appSecret = deps.config.meta.appSecret;
  if (!appSecret) {
    reject(
      new AppError(503, 'unavailable', 'Facebook/Instagram webhooks are not configured on this server.'),
      'SAMTAL_META_APP_SECRET is not set',
    );
  }
  if (!signature) reject(unauthorized('Missing X-Hub-Signature-256.'), 'no X-Hub-Signature-256 header');
  if (!isValidMetaSignature(appSecret!, rawBody, signature)) {
    reject(unauthorized('Invalid X-Hub-Signature-256.'), 'signature does not match the body');
  }

  let json: unknown;
  try {
    json = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return reject(badRequest('The body is not JSON.'), 'malformed JSON');
  }
  const parsed = deliverySchema.safeParse(json);
  if (!parsed.success) return reject(badRequest('The body is not a webhook delivery.'), 'not a delivery shape');
  const delivery = parsed.data;
  if (delivery.object !== 'page' && delivery.object !== 'instagram') {
    return reject(
      badRequest(`Unexpected object "${delivery.object}".`),
      `object "${delivery.object}" is not page/instagram`,
    );
  }
  if (delivery.entry.length === 0) return reject(badRequest('The delivery has no entries.'), 'no entries');
  const newest = Math.max(...delivery.entry.map((e) => (e.time > 1e12 ? e.time : e.time * 1000)));
  if (now.getTime() - newest > STALE_AFTER_MS) {
    return reject(badRequest('The delivery is older than 7 days.'), 'stale: every entry is older than 7 days');
  }

  const bodySha256 = createHash('sha256').update(rawBody).digest('hex');
  const stored = await deps.db.transaction().execute(async (trx) => {
    const row = await repo.insertDelivery(trx, {
      bodySha256,
      object: delivery.object as 'page' | 'instagram',
      payload: json,
    });
    if (row) await enqueueMetaProcessing(trx, row.id);
    return row;
  });
  if (!stored) deps.log.info({ bodySha256 }, 'meta webhook: replayed delivery ignored');
  return { duplicate: !stored };
}
