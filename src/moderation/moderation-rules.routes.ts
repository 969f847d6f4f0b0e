/** Moderation rules: CRUD with hit counts, their catch, and "try it" over history. */
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { createRule, deleteRule, dryRun, listHits, listRules, updateRule } from './moderation-rules.js';
import {
  CreateRuleBody,
  DryRunBody,
  HitsQuery,
  RuleParams,
  UpdateRuleBody,
  WorkspaceParams,
} from './moderation.schema.js';

const MODERATORS: readonly Role[] = ['admin', 'manager', 'moderator'];
const tags = ['moderation'];
const base = '/api/workspaces/:workspaceId/moderation/rules';

export function moderationRulesRoutes(ctx: AppContext) {
  return async (app: App) => {
    const config = { access: { roles: MODERATORS } };

    app.get(
      `${base}`,
      { config, schema: { summary: 'Moderation rules with their hit counts', tags, params: WorkspaceParams } },
      async (request) => listRules(ctx.db, request.workspace!.id),
    );

    app.post(
      `${base}`,
      {
        config,
        schema: {
          summary: 'Create a moderation rule (dry run unless said)',
          tags,
          params: WorkspaceParams,
          body: CreateRuleBody,
        },
      },
      async (request, reply) => {
        const result = await createRule(
          ctx.db,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.body,
        );
        return reply.code(201).send(result);
      },
    );

    app.post(
      `${base}/dry-run`,
      {
        config,
        schema: {
          summary: 'What an unsaved condition would have caught in the last days',
          tags,
          params: WorkspaceParams,
          body: DryRunBody,
        },
      },
      async (request) => dryRun(ctx.db, request.workspace!.id, request.body),
    );

    app.patch(
      `${base}/:ruleId`,
      { config, schema: { summary: 'Change a moderation rule', tags, params: RuleParams, body: UpdateRuleBody } },
      async (request) =>
        updateRule(
          ctx.db,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.params.ruleId,
          request.body,
        ),
    );

    app.delete(
      `${base}/:ruleId`,
      { config, schema: { summary: 'Delete a moderation rule', tags, params: RuleParams } },
      async (request, reply) => {
        await deleteRule(
          ctx.db,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.params.ruleId,
        );
        return reply.code(204).send();
      },
    );

    app.get(
      `${base}/:ruleId/hits`,
      {
        config,
        schema: { summary: 'What a rule caught, newest first', tags, params: RuleParams, querystring: HitsQuery },
      },
      async (request) => listHits(ctx.db, request.workspace!.id, request.params.ruleId, request.query.limit),
    );
  };
}
