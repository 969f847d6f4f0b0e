/**
 * Signing of outgoing webhooks: HMAC-SHA256 over the exact raw body with the workspace's webhook
 * secret, sent as `X-Samtal-Signature: sha256=<hex>`. Receivers recompute it over the bytes they
 * got (before parsing JSON) and compare in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-samtal-signature';

export function signWebhookBody(secret: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}

/** For receivers (and our tests): does the header match the body under this secret? */
export function verifyWebhookSignature(secret: string, rawBody: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
