import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANY_ROLE, type Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { createRoutingRule } from './create-routing-rule.js';
import { deleteRoutingRule } from './delete-routing-rule.js';
import { presentRoutingRule } from './routing.presenter.js';
import { listRoutingRules } from './routing.repository.js';
import {
  CreateRoutingRuleBody,
  RoutingRuleParams,
  RoutingRuleResponse,
  RoutingRulesResponse,
  UpdateRoutingRuleBody,
} from './routing.schema.js';
import { updateRoutingRule } from './update-routing-rule.js';

const EDITORS: readonly Role[] = ['admin', 'manager'];
const Ok = z.object({ ok: z.literal(true) });
const tags = ['routing'];
const base = '/api/workspaces/:workspaceId/routing-rules';

export function routingRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      base,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Routing rules, in the order they apply to new inbound items',
          tags,
          params: WorkspaceParams,
          response: { 200: RoutingRulesResponse },
        },
      },
      async (request) => {
        const rows = await listRoutingRules(ctx.db, request.workspace!.id);
        return { routingRules: rows.map(presentRoutingRule) };
      },
    );

    app.post(
      base,
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Add a routing rule (conditions on channel, language, intent, sentiment, severity, keywords)',
          tags,
          params: WorkspaceParams,
          body: CreateRoutingRuleBody,
          response: { 201: RoutingRuleResponse },
        },
      },
      async (request, reply) => {
        const row = await createRoutingRule(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        return reply.status(201).send({ routingRule: presentRoutingRule(row) });
      },
    );

    app.patch(
      `${base}/:ruleId`,
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Change a routing rule',
          tags,
          params: RoutingRuleParams,
          body: UpdateRoutingRuleBody,
          response: { 200: RoutingRuleResponse },
        },
      },
      async (request) => {
        const row = await updateRoutingRule(
          ctx.db,
          request.workspace!.id,
          request.params.ruleId,
          request.body,
          userActor(request.user!),
        );
        return { routingRule: presentRoutingRule(row) };
      },
    );

    app.delete(
      `${base}/:ruleId`,
      {
        config: { access: { roles: EDITORS } },
        schema: { summary: 'Remove a routing rule', tags, params: RoutingRuleParams, response: { 200: Ok } },
      },
      async (request) => {
        await deleteRoutingRule(ctx.db, request.workspace!.id, request.params.ruleId, userActor(request.user!));
        return { ok: true as const };
      },
    );
  };
}
