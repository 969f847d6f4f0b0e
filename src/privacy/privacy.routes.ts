import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { App } from '../http/app.js';
import { eraseAuthor } from './erase-author.js';
import { ErasureBody, PrivacyParams, RetentionBody } from './privacy.schema.js';
import { getRetention, setRetention } from './retention-settings.js';

const tags = ['privacy'];
const base = '/api/workspaces/:workspaceId/privacy';

export function privacyRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      `${base}/retention`,
      {
        config: { access: { roles: ['admin'] } },
        schema: { summary: 'How long inbound items are kept (null: kept)', tags, params: PrivacyParams },
      },
      async (request) => getRetention(ctx, request.workspace!.id),
    );

    app.put(
      `${base}/retention`,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Set how long inbound items are kept; evidence under legal hold is never purged',
          tags,
          params: PrivacyParams,
          body: RetentionBody,
        },
      },
      async (request) =>
        setRetention(
          ctx,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.body.retentionDays,
        ),
    );

    app.post(
      `${base}/erasure`,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: "Erase a data subject's items and profile; items under legal hold are kept and listed",
          tags,
          params: PrivacyParams,
          body: ErasureBody,
        },
      },
      async (request) =>
        eraseAuthor(
          ctx,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.body.authorId,
        ),
    );
  };
}
