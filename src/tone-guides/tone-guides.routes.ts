/** GET/PUT the tone-of-voice guide of a language, workspace-wide or for one channel (?channelId=). */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { TONE_LANGUAGES, toneGuideSchema, type ToneLanguage } from '../language/tone/tone-guide.js';
import { getToneGuide, saveToneGuide } from './save-tone-guide.js';

// The language is checked after the access check (an unknown one is "not found"), like any other id.
const Params = z.object({ workspaceId: z.string(), language: z.string() });
const Query = z.object({ channelId: z.uuid().optional() });
const tags = ['tone-guides'];

function languageOf(value: string): ToneLanguage {
  if (!(TONE_LANGUAGES as readonly string[]).includes(value)) throw notFound(`A tone guide for "${value}"`);
  return value as ToneLanguage;
}
const path = '/api/workspaces/:workspaceId/tone-guides/:language';

export function toneGuidesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      path,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'The tone guide that applies (channel, else workspace, else the default)',
          tags,
          params: Params,
          querystring: Query,
        },
      },
      async (request) =>
        getToneGuide(ctx, request.workspace!.id, languageOf(request.params.language), request.query.channelId ?? null),
    );

    app.put(
      path,
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: {
          summary: 'Replace the tone guide of a language (workspace-wide, or for ?channelId=)',
          tags,
          params: Params,
          querystring: Query,
          body: toneGuideSchema,
        },
      },
      async (request) =>
        saveToneGuide(
          ctx,
          {
            workspaceId: request.workspace!.id,
            language: languageOf(request.params.language),
            channelId: request.query.channelId ?? null,
            actor: userActor(request.user!),
          },
          request.body,
        ),
    );
  };
}
