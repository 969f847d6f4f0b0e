/**
 * One place that turns every error into a JSON answer a person can read:
 * { error: { code, message, details? } }. Validation errors list each field; unknown errors are
 * logged and answered with 500 without internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => ({
        field: [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'is invalid',
      }));
      const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply
        .status(400)
        .send({ error: { code: 'validation_failed', message: `Invalid request — ${summary}`, details: fields } });
    }
    if (error instanceof AppError) {
      if (error.statusCode === 429 && (error.details as { retryAfterSeconds?: number })?.retryAfterSeconds) {
        reply.header('retry-after', String((error.details as { retryAfterSeconds: number }).retryAfterSeconds));
      }
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    const status = error.statusCode ?? 500;
    if (status < 500) {
      // Fastify's own client errors: bad JSON, too large, wrong content type …
      return reply.status(status).send({ error: { code: clientErrorCode(error), message: readable(error) } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'internal', message: 'Something went wrong on our side. It has been logged.' } });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'not_found', message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}` },
    });
  });
}

function clientErrorCode(error: FastifyError): string {
  return (error.code ?? 'bad_request').replace(/^FST_ERR_/, '').toLowerCase();
}

function readable(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Send the request body as application/json.';
    default:
      return error.message;
  }
}
