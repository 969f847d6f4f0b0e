import { z } from 'zod';
import type { AppContext } from '../../app/context.js';
import { userActor } from '../../audit/audit-actor.js';
import type { Role } from '../../auth/roles.js';
import type { App } from '../../http/app.js';
import { badRequest, notFound } from '../../http/errors.js';
import { WorkspaceParams } from '../../workspaces/workspaces.schema.js';
import { BLACKOUT_TEMPLATES } from './blackout-templates.js';
import { presentBlackout, presentOccurrences } from './blackouts.presenter.js';
import { findBlackoutWindow, listBlackoutWindows } from './blackouts.repository.js';
import {
  BlackoutParams,
  BlackoutResponse,
  BlackoutsResponse,
  CreateBlackoutBody,
  OccurrencesQuery,
  OccurrencesResponse,
  TemplatesResponse,
  UpdateBlackoutBody,
} from './blackouts.schema.js';
import { createBlackout, deleteBlackout, updateBlackout } from './manage-blackouts.js';

const CALENDAR_READERS: readonly Role[] = ['admin', 'manager', 'responder', 'reviewer'];
const PUBLISHING_ADMINS: readonly Role[] = ['admin', 'manager'];
const MAX_RANGE_DAYS = 400;
const Ok = z.object({ ok: z.literal(true) });
const BASE = '/api/workspaces/:workspaceId/publishing/blackouts';
const tags = ['publishing'];

export function blackoutsRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      BASE,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Blackout windows, with their next occurrence',
          tags,
          params: WorkspaceParams,
          response: { 200: BlackoutsResponse },
        },
      },
      async (request) => {
        const rows = await listBlackoutWindows(ctx.db, request.workspace!.id);
        return { windows: rows.map((row) => presentBlackout(row)) };
      },
    );

    app.get(
      `${BASE}/occurrences`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Occurrences of the enabled windows overlapping [from, to) (at most 400 days)',
          tags,
          params: WorkspaceParams,
          querystring: OccurrencesQuery,
          response: { 200: OccurrencesResponse },
        },
      },
      async (request) => {
        const from = new Date(request.query.from);
        const to = new Date(request.query.to);
        if (to <= from) throw badRequest('"to" must be after "from".');
        if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
          throw badRequest(`Ask for at most ${MAX_RANGE_DAYS} days of blackout windows at a time.`);
        }
        const { channelId } = request.query;
        const rows = (await listBlackoutWindows(ctx.db, request.workspace!.id)).filter(
          (row) => !channelId || row.channel_id === null || row.channel_id === channelId,
        );
        return { occurrences: presentOccurrences(rows, from, to) };
      },
    );

    app.get(
      `${BASE}/templates`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: {
          summary: 'Blackout windows to add, for every country (Sweden has no national one)',
          tags,
          params: WorkspaceParams,
          response: { 200: TemplatesResponse },
        },
      },
      async () => ({ templates: BLACKOUT_TEMPLATES.map((template) => ({ ...template })) }),
    );

    app.get(
      `${BASE}/:windowId`,
      {
        config: { access: { roles: CALENDAR_READERS } },
        schema: { summary: 'One blackout window', tags, params: BlackoutParams, response: { 200: BlackoutResponse } },
      },
      async (request) => {
        const row = await findBlackoutWindow(ctx.db, request.workspace!.id, request.params.windowId);
        if (!row) throw notFound('The blackout window');
        return { window: presentBlackout(row) };
      },
    );

    app.post(
      BASE,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Add a blackout window (one-off, or repeating with an RFC 5545 rule in a time zone)',
          tags,
          params: WorkspaceParams,
          body: CreateBlackoutBody,
          response: { 201: BlackoutResponse },
        },
      },
      async (request, reply) => {
        const row = await createBlackout(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        return reply.status(201).send({ window: presentBlackout(row) });
      },
    );

    app.patch(
      `${BASE}/:windowId`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: {
          summary: 'Change or switch off a blackout window',
          tags,
          params: BlackoutParams,
          body: UpdateBlackoutBody,
          response: { 200: BlackoutResponse },
        },
      },
      async (request) => {
        const { workspace, params, body, user } = request;
        const row = await updateBlackout(ctx.db, workspace!.id, params.windowId, body, userActor(user!));
        return { window: presentBlackout(row) };
      },
    );

    app.delete(
      `${BASE}/:windowId`,
      {
        config: { access: { roles: PUBLISHING_ADMINS } },
        schema: { summary: 'Remove a blackout window', tags, params: BlackoutParams, response: { 200: Ok } },
      },
      async (request) => {
        await deleteBlackout(ctx.db, request.workspace!.id, request.params.windowId, userActor(request.user!));
        return { ok: true as const };
      },
    );
  };
}
