import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANY_ROLE } from '../auth/roles.js';
import type { App } from '../http/app.js';
import {
  ActionsQuery,
  ActionsResponse,
  ChannelListResponse,
  ChannelParams,
  ChannelResponse,
  ConnectChannelBody,
  FollowRequestsResponse,
  ItemsQuery,
  ItemsResponse,
  OkResponse,
  ProfileResponse,
  QueuedResponse,
  ReconnectChannelBody,
  RequestActionBody,
  RequestedActionResponse,
  TestConnectionResponse,
  UpdateChannelBody,
  WorkspaceParams,
} from './channels.schema.js';
import { presentAction, presentChannel, presentItem, presentProfile } from './channels.presenter.js';
import { getProfile } from './channel-profile.js';
import { listFollowRequests } from './list-follow-requests.js';
import { reconnectChannel } from './reconnect-channel.js';
import { connectChannel } from './connect-channel.js';
import { disconnectChannel } from './disconnect-channel.js';
import { listActions } from './list-actions.js';
import { getChannel, listChannels } from './list-channels.js';
import { listItems } from './list-items.js';
import { ANY_ACTION_ROLE, requestAction } from './request-action.js';
import { requestSync } from './request-sync.js';
import { testConnection } from './test-connection.js';
import { updateChannel } from './update-channel.js';

const tags = ['channels'];
const base = '/api/workspaces/:workspaceId/channels';
/** A post may carry a few 1 MB images as base64. */
const ACTIONS_BODY_LIMIT = 8 * 1024 * 1024;

export function channelsRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      base,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'The channels of a workspace',
          tags,
          params: WorkspaceParams,
          response: { 200: ChannelListResponse },
        },
      },
      async (request) => {
        const channels = await listChannels(ctx, request.workspace!.id);
        return { channels: channels.map((c) => presentChannel(c.row, c.capabilities)) };
      },
    );

    app.get(
      `${base}/:channelId`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: { summary: 'One channel', tags, params: ChannelParams, response: { 200: ChannelResponse } },
      },
      async (request) => {
        const channel = await getChannel(ctx, request.workspace!.id, request.params.channelId);
        return presentChannel(channel.row, channel.capabilities);
      },
    );

    app.post(
      base,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Connect a channel (credentials are stored encrypted and never returned)',
          tags,
          params: WorkspaceParams,
          body: ConnectChannelBody,
          response: { 201: ChannelResponse },
        },
      },
      async (request, reply) => {
        const workspaceId = request.workspace!.id;
        const created = await connectChannel(ctx, workspaceId, userActor(request.user!), request.body);
        const channel = await getChannel(ctx, workspaceId, created.id);
        return reply.status(201).send(presentChannel(channel.row, channel.capabilities));
      },
    );

    app.patch(
      `${base}/:channelId`,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Rename a channel or change its settings',
          tags,
          params: ChannelParams,
          body: UpdateChannelBody,
          response: { 200: ChannelResponse },
        },
      },
      async (request) => {
        const workspaceId = request.workspace!.id;
        await updateChannel(ctx, workspaceId, request.params.channelId, userActor(request.user!), request.body);
        const channel = await getChannel(ctx, workspaceId, request.params.channelId);
        return presentChannel(channel.row, channel.capabilities);
      },
    );

    app.delete(
      `${base}/:channelId`,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Disconnect a channel (its history stays)',
          tags,
          params: ChannelParams,
          response: { 200: OkResponse },
        },
      },
      async (request) => {
        await disconnectChannel(ctx, request.workspace!.id, request.params.channelId, userActor(request.user!));
        return { ok: true as const };
      },
    );

    app.post(
      `${base}/:channelId/reconnect`,
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'New credentials for the same account (e.g. after the token was revoked); polls at once',
          tags,
          params: ChannelParams,
          body: ReconnectChannelBody,
          response: { 200: ChannelResponse },
        },
      },
      async (request) => {
        const workspaceId = request.workspace!.id;
        const { channelId } = request.params;
        await reconnectChannel(ctx, workspaceId, channelId, userActor(request.user!), request.body);
        const channel = await getChannel(ctx, workspaceId, channelId);
        return presentChannel(channel.row, channel.capabilities);
      },
    );

    app.get(
      `${base}/:channelId/profile`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: "The channel's latest profile snapshot and its follower counts of the last 90 days",
          tags,
          params: ChannelParams,
          response: { 200: ProfileResponse },
        },
      },
      async (request) => {
        const channel = await getChannel(ctx, request.workspace!.id, request.params.channelId);
        return presentProfile(await getProfile(ctx, channel.row.id));
      },
    );

    app.get(
      `${base}/:channelId/follow-requests`,
      {
        config: { access: { roles: ['admin', 'manager', 'moderator'] } },
        schema: {
          summary:
            'Accounts waiting for approval to follow a locked account (409 with the reason where there are none)',
          tags,
          params: ChannelParams,
          response: { 200: FollowRequestsResponse },
        },
      },
      async (request) => {
        const requests = await listFollowRequests(ctx, request.workspace!.id, request.params.channelId);
        return {
          requests: requests.map(({ createdAt, ...r }) => ({
            ...r,
            ...(createdAt ? { createdAt: createdAt.toISOString() } : {}),
          })),
        };
      },
    );

    app.post(
      `${base}/:channelId/test`,
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: {
          summary: 'Check that the channel can reach its network',
          tags,
          params: ChannelParams,
          response: { 200: TestConnectionResponse },
        },
      },
      async (request) => {
        const result = await testConnection(ctx, request.workspace!.id, request.params.channelId);
        if (!result.ok) return result;
        const { handle, displayName, followers } = result.profile;
        return { ok: true, profile: { handle, displayName, followers } };
      },
    );

    app.post(
      `${base}/:channelId/sync`,
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: { summary: 'Fetch new items now', tags, params: ChannelParams, response: { 202: QueuedResponse } },
      },
      async (request, reply) => {
        await requestSync(ctx, request.workspace!.id, request.params.channelId);
        return reply.status(202).send({ queued: true as const });
      },
    );

    app.get(
      `${base}/:channelId/items`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Received items, newest first',
          tags,
          params: ChannelParams,
          querystring: ItemsQuery,
          response: { 200: ItemsResponse },
        },
      },
      async (request) => {
        const items = await listItems(ctx, request.workspace!.id, request.params.channelId, request.query);
        return { items: items.map(presentItem) };
      },
    );

    app.get(
      `${base}/:channelId/actions`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Outbound actions, newest first',
          tags,
          params: ChannelParams,
          querystring: ActionsQuery,
          response: { 200: ActionsResponse },
        },
      },
      async (request) => {
        const actions = await listActions(ctx, request.workspace!.id, request.params.channelId, request.query);
        return { actions: actions.map(presentAction) };
      },
    );

    app.post(
      `${base}/:channelId/actions`,
      {
        bodyLimit: ACTIONS_BODY_LIMIT,
        config: { access: { roles: ANY_ACTION_ROLE } },
        schema: {
          summary: 'Ask for a reply, moderation action or post; it is performed by a job',
          description:
            "publicReply/privateReply: responder, manager, admin. hide/unhide/delete/block/mute/report/ban/authorizeFollow/rejectFollow: moderator, manager, admin. publish (with images, up to the channel's maxMedia, 1 MB each): manager, admin.",
          tags,
          params: ChannelParams,
          body: RequestActionBody,
          response: { 202: RequestedActionResponse },
        },
      },
      async (request, reply) => {
        const action = await requestAction(
          ctx,
          {
            workspaceId: request.workspace!.id,
            channelId: request.params.channelId,
            actor: userActor(request.user!),
            roles: request.workspace!.roles,
          },
          request.body,
        );
        return reply.status(202).send({ action: presentAction(action) });
      },
    );
  };
}
