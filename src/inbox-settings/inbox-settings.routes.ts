/** Inbox settings (business hours, approval, out-of-hours, webhook), SLA policies and the SLA event log. */
import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANY_ROLE, type Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { loadSlaContext } from '../sla/sla.repository.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { createSlaPolicy } from './create-sla-policy.js';
import { deleteSlaPolicy } from './delete-sla-policy.js';
import { presentInboxSettings, presentSlaEvent, presentSlaPolicy } from './inbox-settings.presenter.js';
import { listRecentSlaEvents } from './inbox-settings.repository.js';
import {
  InboxSettingsResponse,
  SlaEventsQuery,
  SlaEventsResponse,
  SlaPoliciesResponse,
  SlaPolicyBody,
  SlaPolicyParams,
  SlaPolicyPatchBody,
  SlaPolicyResponse,
  UpdateInboxSettingsBody,
} from './inbox-settings.schema.js';
import { updateInboxSettings } from './update-inbox-settings.js';
import { updateSlaPolicy } from './update-sla-policy.js';

const POLICY_WRITERS: readonly Role[] = ['admin', 'manager'];
const Ok = z.object({ ok: z.literal(true) });

export function inboxSettingsRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/inbox-settings',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Inbox settings: business hours, approval policy, out-of-hours reply, SLA warning, webhook',
          tags: ['inbox-settings'],
          params: WorkspaceParams,
          response: { 200: InboxSettingsResponse },
        },
      },
      async (request) => {
        const { settings } = await loadSlaContext(ctx.db, request.workspace!.id);
        return { settings: presentInboxSettings(settings) };
      },
    );

    app.put(
      '/api/workspaces/:workspaceId/inbox-settings',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Change inbox settings (fields left out stay as they are; webhookSecret is write-only)',
          tags: ['inbox-settings'],
          params: WorkspaceParams,
          body: UpdateInboxSettingsBody,
          response: { 200: InboxSettingsResponse },
        },
      },
      async (request) => {
        const settings = await updateInboxSettings(
          ctx,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.body,
        );
        return { settings: presentInboxSettings(settings) };
      },
    );

    app.get(
      '/api/workspaces/:workspaceId/sla-policies',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Response-time policies in the order they are tried',
          tags: ['inbox-settings'],
          params: WorkspaceParams,
          response: { 200: SlaPoliciesResponse },
        },
      },
      async (request) => {
        const { policies } = await loadSlaContext(ctx.db, request.workspace!.id);
        return { policies: policies.map(presentSlaPolicy) };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/sla-policies',
      {
        config: { access: { roles: POLICY_WRITERS } },
        schema: {
          summary: 'Add a response-time policy',
          tags: ['inbox-settings'],
          params: WorkspaceParams,
          body: SlaPolicyBody,
          response: { 201: SlaPolicyResponse },
        },
      },
      async (request, reply) => {
        const policy = await createSlaPolicy(
          ctx,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!) },
          request.body,
        );
        return reply.status(201).send({ policy: presentSlaPolicy(policy) });
      },
    );

    app.patch(
      '/api/workspaces/:workspaceId/sla-policies/:policyId',
      {
        config: { access: { roles: POLICY_WRITERS } },
        schema: {
          summary: 'Change a response-time policy (applies to conversations from now on)',
          tags: ['inbox-settings'],
          params: SlaPolicyParams,
          body: SlaPolicyPatchBody,
          response: { 200: SlaPolicyResponse },
        },
      },
      async (request) => {
        const policy = await updateSlaPolicy(
          ctx,
          { workspaceId: request.workspace!.id, policyId: request.params.policyId, actor: userActor(request.user!) },
          request.body,
        );
        return { policy: presentSlaPolicy(policy) };
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/sla-policies/:policyId',
      {
        config: { access: { roles: POLICY_WRITERS } },
        schema: {
          summary: 'Remove a response-time policy',
          tags: ['inbox-settings'],
          params: SlaPolicyParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteSlaPolicy(ctx, {
          workspaceId: request.workspace!.id,
          policyId: request.params.policyId,
          actor: userActor(request.user!),
        });
        return { ok: true as const };
      },
    );

    app.get(
      '/api/workspaces/:workspaceId/sla/events',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Recent response-time warnings and breaches, newest first',
          tags: ['inbox-settings'],
          params: WorkspaceParams,
          querystring: SlaEventsQuery,
          response: { 200: SlaEventsResponse },
        },
      },
      async (request) => {
        const rows = await listRecentSlaEvents(ctx.db, request.workspace!.id, request.query.limit);
        return { events: rows.map(presentSlaEvent) };
      },
    );
  };
}
