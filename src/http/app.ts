/**
 * Assembles the HTTP service: security headers, cookies, zod validation, OpenAPI, access control,
 * feature routes and the built web app. Handlers stay thin; see CONTRIBUTING.md.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { accessPlugin } from '../auth/access.js';
import { projectRoot } from '../shared/paths.js';
import { installErrorHandler } from './error-handler.js';
import { collectRouteCatalog } from './route-catalog.js';
import { featureRoutes } from './routes.js';
import { version } from './version.js';

export interface BuildAppOptions {
  /** Serve the built web app from web/dist (default: when it exists). */
  serveWeb?: boolean;
  /** Pass a pino logger; false in tests that want silence. */
  logger?: boolean;
}

/** The Fastify instance with zod typing that every route module receives. */
export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    loggerInstance: options.logger === false ? undefined : (ctx.log as FastifyBaseLogger),
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: true,
    // Request ids show up in every log line of a request.
    genReqId: () => crypto.randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  // Graceful close: once closing, answers tell keep-alive clients to hang up, so the server can
  // finish in-flight requests and stop instead of waiting on idle connections.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header(
      'content-security-policy',
      "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Samtal API', version, description: 'The API of the Samtal dialogue desk.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'samtal_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(accessPlugin, {
    db: ctx.db,
    sessions: { idleMinutes: ctx.config.sessionIdleMinutes, maxHours: ctx.config.sessionMaxHours },
  });

  collectRouteCatalog(app); // every /api route with its access rule, for tests
  for (const routes of featureRoutes(ctx)) await routes(app);

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());

  const webDist = path.join(projectRoot, 'web', 'dist');
  if ((options.serveWeb ?? true) && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
    // The single-page app answers every other GET with its index.html. A route, not a second
    // not-found handler: Fastify allows one per prefix and installErrorHandler owns it (JSON 404s).
    app.get('/*', { schema: { hide: true } }, (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return reply.callNotFound();
      return reply.type('text/html').sendFile('index.html');
    });
  }

  return app;
}
