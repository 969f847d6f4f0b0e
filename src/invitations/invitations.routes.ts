import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { presentMe } from '../auth/auth.presenter.js';
import { MeResponse } from '../auth/auth.schema.js';
import { sessionPolicy, setSessionCookie } from '../auth/session-cookie.js';
import type { App } from '../http/app.js';
import { listMembershipsOfUser } from '../workspaces/workspaces.repository.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { acceptInvitation } from './accept-invitation.js';
import { createInvitation } from './create-invitation.js';
import { acceptUrl } from './invitation-token.js';
import { listInvitations } from './invitations.repository.js';
import { presentInvitation } from './invitations.presenter.js';
import {
  AcceptInvitationBody,
  CreatedInvitationResponse,
  CreateInvitationBody,
  InvitationLookupResponse,
  InvitationParams,
  InvitationsResponse,
  TokenParams,
} from './invitations.schema.js';
import { lookupInvitation } from './lookup-invitation.js';
import { revokeInvitation } from './revoke-invitation.js';

const Ok = z.object({ ok: z.literal(true) });

export function invitationsRoutes(ctx: AppContext) {
  const policy = sessionPolicy(ctx.config);

  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/invitations',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Invitations of the workspace, newest first',
          tags: ['invitations'],
          params: WorkspaceParams,
          response: { 200: InvitationsResponse },
        },
      },
      async (request) => {
        const now = new Date();
        const rows = await listInvitations(ctx.db, request.workspace!.id);
        return { invitations: rows.map((row) => presentInvitation(row, now)) };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/invitations',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Invite an e-mail address; the accept link is returned once and valid for 7 days',
          tags: ['invitations'],
          params: WorkspaceParams,
          body: CreateInvitationBody,
          response: { 201: CreatedInvitationResponse },
        },
      },
      async (request, reply) => {
        const { invitation, token } = await createInvitation(ctx.db, {
          workspaceId: request.workspace!.id,
          ...request.body,
          inviter: request.user!,
        });
        return reply
          .status(201)
          .send({ invitation: presentInvitation(invitation), acceptUrl: acceptUrl(ctx.config.publicUrl, token) });
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/invitations/:invitationId',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Withdraw an invitation',
          tags: ['invitations'],
          params: InvitationParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await revokeInvitation(ctx.db, request.workspace!.id, request.params.invitationId, userActor(request.user!));
        return { ok: true as const };
      },
    );

    app.get(
      '/api/invitations/:token',
      {
        config: { access: 'public' },
        schema: {
          summary: 'What an invitation link offers (404 when unknown, used, withdrawn or expired)',
          tags: ['invitations'],
          params: TokenParams,
          response: { 200: InvitationLookupResponse },
        },
      },
      async (request) => lookupInvitation(ctx.db, request.params.token),
    );

    app.post(
      '/api/invitations/:token/accept',
      {
        // Public, like login: JSON-only bodies keep cross-site forms out.
        config: { access: 'public' },
        schema: {
          summary: 'Accept an invitation with a new account (name + password) or your existing password; logs you in',
          tags: ['invitations'],
          params: TokenParams,
          body: AcceptInvitationBody,
          response: { 200: MeResponse },
        },
      },
      async (request, reply) => {
        const { user, session } = await acceptInvitation(ctx.db, {
          token: request.params.token,
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          policy,
        });
        setSessionCookie(reply, ctx.config, session);
        const memberships = await listMembershipsOfUser(ctx.db, user.id);
        return presentMe({ userId: user.id, ...user }, session.csrfToken, memberships);
      },
    );
  };
}
