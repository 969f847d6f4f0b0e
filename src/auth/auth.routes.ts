import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import type { App } from '../http/app.js';
import { badRequest } from '../http/errors.js';
import { findUserById, updateUserPassword, updateUserProfile } from '../users/users.repository.js';
import { listMembershipsOfUser } from '../workspaces/workspaces.repository.js';
import { deleteOtherSessionsOfUser, deleteSession } from './auth.repository.js';
import { presentMe } from './auth.presenter.js';
import { ChangePasswordBody, LoginBody, MeResponse, UpdateMeBody } from './auth.schema.js';
import { login } from './login.js';
import { hashPassword, verifyPassword } from './password.js';
import { clearSessionCookie, sessionPolicy, setSessionCookie } from './session-cookie.js';

const Ok = z.object({ ok: z.literal(true) });

export function authRoutes(ctx: AppContext) {
  const policy = sessionPolicy(ctx.config);

  return async (app: App) => {
    app.post(
      '/api/auth/login',
      {
        // JSON only: a cross-site HTML form cannot send application/json, which blocks login CSRF.
        config: { access: 'public' },
        schema: {
          summary: 'Log in with e-mail and password',
          tags: ['auth'],
          body: LoginBody,
          response: { 200: MeResponse },
        },
      },
      async (request, reply) => {
        const result = await login(ctx.db, {
          ...request.body,
          ip: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          policy,
        });
        setSessionCookie(reply, ctx.config, result);
        const memberships = await listMembershipsOfUser(ctx.db, result.user.id);
        return presentMe({ userId: result.user.id, ...result.user }, result.csrfToken, memberships);
      },
    );

    app.post(
      '/api/auth/logout',
      { config: { access: 'user' }, schema: { summary: 'End this session', tags: ['auth'], response: { 200: Ok } } },
      async (request, reply) => {
        await deleteSession(ctx.db, request.user!.sessionId);
        clearSessionCookie(reply, ctx.config);
        return { ok: true as const };
      },
    );

    app.get(
      '/api/auth/me',
      {
        config: { access: 'user' },
        schema: {
          summary: 'The logged-in user, CSRF token and workspaces',
          tags: ['auth'],
          response: { 200: MeResponse },
        },
      },
      async (request) => {
        const memberships = await listMembershipsOfUser(ctx.db, request.user!.userId);
        return presentMe(request.user!, request.user!.csrfToken, memberships);
      },
    );

    app.patch(
      '/api/auth/me',
      {
        config: { access: 'user' },
        schema: {
          summary: 'Change your name or interface language',
          tags: ['auth'],
          body: UpdateMeBody,
          response: { 200: MeResponse },
        },
      },
      async (request) => {
        const updated = await updateUserProfile(ctx.db, request.user!.userId, request.body);
        const memberships = await listMembershipsOfUser(ctx.db, updated.id);
        return presentMe({ userId: updated.id, ...updated }, request.user!.csrfToken, memberships);
      },
    );

    app.post(
      '/api/auth/password',
      {
        config: { access: 'user' },
        schema: {
          summary: 'Change your password (ends your other sessions)',
          tags: ['auth'],
          body: ChangePasswordBody,
          response: { 200: Ok },
        },
      },
      async (request) => {
        const user = (await findUserById(ctx.db, request.user!.userId))!;
        if (!(await verifyPassword(user.password_hash, request.body.currentPassword))) {
          throw badRequest('The current password is wrong.');
        }
        await ctx.db.transaction().execute(async (trx) => {
          await updateUserPassword(trx, user.id, await hashPassword(request.body.newPassword));
          // Someone who knew the old password may hold another session: end those, keep this one.
          await deleteOtherSessionsOfUser(trx, user.id, request.user!.sessionId);
        });
        return { ok: true as const };
      },
    );
  };
}
