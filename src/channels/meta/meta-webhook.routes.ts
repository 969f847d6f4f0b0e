/**
 * Meta's webhook endpoint for Facebook Pages and Instagram: the GET verification handshake and the
 * signed POST deliveries. Public (Meta calls it) but every POST must carry a valid signature. The
 * JSON body is kept raw (a Buffer) inside this plugin's own scope, because the signature covers the
 * exact bytes; the rest of the app keeps its normal JSON parsing.
 */
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import type { App } from '../../http/app.js';
import { forbidden } from '../../http/errors.js';
import { receiveMetaDelivery } from './receive-meta-delivery.js';

const handshakeQuery = z.object({
  'hub.mode': z.string().optional(),
  'hub.verify_token': z.string().optional(),
  'hub.challenge': z.string().max(200).optional(),
});

export function metaWebhookRoutes(ctx: AppContext) {
  return async (app: App) => {
    await app.register(async (scope: App) => {
      scope.removeContentTypeParser('application/json');
      const raw = (_request: unknown, body: Buffer, done: (error: null, body: Buffer) => void) => done(null, body);
      scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, raw);
      // Any other type still reaches the signature check, so every rejection is logged with its reason.
      scope.addContentTypeParser('*', { parseAs: 'buffer' }, raw);

      scope.get(
        '/api/webhooks/meta',
        {
          config: { access: 'public' },
          schema: { tags: ['webhooks'], summary: 'Meta webhook verification handshake', querystring: handshakeQuery },
        },
        async (request, reply) => {
          const q = request.query;
          const expected = ctx.config.meta.verifyToken;
          if (q['hub.mode'] !== 'subscribe' || !expected || !sameText(q['hub.verify_token'] ?? '', expected)) {
            ctx.log.warn(
              { reason: expected ? 'wrong mode or verify token' : 'SAMTAL_META_VERIFY_TOKEN is not set' },
              'meta webhook handshake refused',
            );
            throw forbidden('The verify token does not match.');
          }
          return reply.type('text/plain; charset=utf-8').send(q['hub.challenge'] ?? '');
        },
      );

      scope.post(
        '/api/webhooks/meta',
        {
          config: { access: 'public' },
          schema: { tags: ['webhooks'], summary: 'Meta webhook delivery (signed with X-Hub-Signature-256)' },
        },
        async (request) => {
          const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const signature = request.headers['x-hub-signature-256'];
          const result = await receiveMetaDelivery(ctx, raw, typeof signature === 'string' ? signature : undefined);
          return result.duplicate ? { duplicate: true } : { received: true };
        },
      );
    });
  };
}

function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
