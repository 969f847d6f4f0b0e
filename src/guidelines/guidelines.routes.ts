/** Editing and publishing the community guidelines (admins, managers); moderators read them to cite rules. */
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { publicGuidelinesUrl } from './cite-rule.js';
import { DEFAULT_GUIDELINE_INTRO, DEFAULT_GUIDELINE_RULES } from './default-guideline-rules.js';
import * as repo from './guidelines.repository.js';
import { presentHistoryEntry, presentVersion } from './guidelines.presenter.js';
import { DraftResponse, GuidelinesResponse, PublishedResponse, SaveDraftBody } from './guidelines.schema.js';
import { publishGuidelines } from './publish-guidelines.js';
import { discardGuidelinesDraft, saveGuidelinesDraft } from './save-draft.js';

export const MODERATORS: readonly Role[] = ['admin', 'manager', 'moderator'];
export const GUIDELINE_EDITORS: readonly Role[] = ['admin', 'manager'];

export function guidelinesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/guidelines',
      {
        config: { access: { roles: MODERATORS } },
        schema: {
          summary: 'The community guidelines: the version in force, the draft, the history and the public link',
          tags: ['guidelines'],
          params: WorkspaceParams,
          response: { 200: GuidelinesResponse },
        },
      },
      async (request) => {
        const workspaceId = request.workspace!.id;
        const workspace = await repo.findWorkspaceForGuidelines(ctx.db, { id: workspaceId });
        if (!workspace) throw notFound('The workspace');
        const [published, draft, history] = await Promise.all([
          repo.findLatestPublished(ctx.db, workspaceId),
          repo.findDraft(ctx.db, workspaceId),
          repo.listHistory(ctx.db, workspaceId),
        ]);
        return {
          published: published ? presentVersion(published) : null,
          draft: draft ? presentVersion(draft) : null,
          history: history.map(presentHistoryEntry),
          publicUrl: publicGuidelinesUrl(ctx.config.publicUrl, workspace.slug),
          template: { intro: DEFAULT_GUIDELINE_INTRO, rules: DEFAULT_GUIDELINE_RULES },
        };
      },
    );

    app.put(
      '/api/workspaces/:workspaceId/guidelines/draft',
      {
        config: { access: { roles: GUIDELINE_EDITORS } },
        schema: {
          summary: 'Create or replace the draft of the next version (rules are numbered by their order)',
          tags: ['guidelines'],
          params: WorkspaceParams,
          body: SaveDraftBody,
          response: { 200: DraftResponse },
        },
      },
      async (request) => {
        const row = await saveGuidelinesDraft(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        return { draft: presentVersion(row) };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/guidelines/draft/publish',
      {
        config: { access: { roles: GUIDELINE_EDITORS } },
        schema: {
          summary: 'Publish the draft (every rule in Swedish, Dutch and English); earlier versions stay in the history',
          tags: ['guidelines'],
          params: WorkspaceParams,
          response: { 200: PublishedResponse },
        },
      },
      async (request) => {
        const row = await publishGuidelines(ctx.db, request.workspace!.id, userActor(request.user!));
        return { published: presentVersion(row) };
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/guidelines/draft',
      {
        config: { access: { roles: GUIDELINE_EDITORS } },
        schema: { summary: 'Discard the draft', tags: ['guidelines'], params: WorkspaceParams },
      },
      async (request, reply) => {
        await discardGuidelinesDraft(ctx.db, request.workspace!.id, userActor(request.user!));
        return reply.status(204).send();
      },
    );
  };
}
