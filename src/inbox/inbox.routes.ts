import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS, ANY_ROLE } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import { getConversation } from './get-conversation.js';
import { presentDetail, presentItem, presentSummary } from './inbox.presenter.js';
import { countConversations, findConversationSummary } from './inbox.repository.js';
import {
  BulkBody,
  BulkResponse,
  ConversationListResponse,
  ConversationPageResponse,
  ConversationParams,
  ConversationPatch,
  ConversationResponse,
  CountsResponse,
  ListConversationsQuery,
  PresenceBody,
  WorkspaceParams,
} from './inbox.schema.js';
import { listConversations } from './list-conversations.js';
import { updateConversation, updateConversations } from './update-conversation.js';

const tags = ['inbox'];
const base = '/api/workspaces/:workspaceId/conversations';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function inboxRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      base,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'Conversations of a view, filtered, searched and sorted (time left by default)',
          tags,
          params: WorkspaceParams,
          querystring: ListConversationsQuery,
          response: { 200: ConversationListResponse },
        },
      },
      async (request) => {
        const ws = request.workspace!;
        const scope = { workspaceId: ws.id, userId: request.user!.userId, defaultLanguage: ws.defaultLanguage };
        const page = await listConversations(ctx.db, scope, request.query);
        return { conversations: page.rows.map(presentSummary), nextCursor: page.nextCursor };
      },
    );

    app.get(
      `${base}/counts`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'How many conversations each view holds',
          tags,
          params: WorkspaceParams,
          response: { 200: CountsResponse },
        },
      },
      async (request) => countConversations(ctx.db, request.workspace!.id, request.user!.userId),
    );

    app.get(
      `${base}/:conversationId`,
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'One conversation with its items, thread context and the author’s history',
          tags,
          params: ConversationParams,
          response: { 200: ConversationPageResponse },
        },
      },
      async (request) => {
        const found = await getConversation(ctx, request.workspace!.id, request.params.conversationId);
        return {
          conversation: presentDetail(found.conversation, found.network),
          items: found.items.map((item) => presentItem(item, found.extras)),
          thread: found.thread.map((item) => presentItem(item, found.extras)),
          authorHistory: found.author
            ? {
                author: {
                  id: found.author.id,
                  handle: found.author.handle,
                  name: found.author.name,
                  firstSeenAt: new Date(found.author.first_seen_at).toISOString(),
                  itemCount: found.author.item_count,
                },
                conversations: found.history.map(presentSummary),
              }
            : null,
        };
      },
    );

    app.patch(
      `${base}/:conversationId`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Change status, priority, tags, assignee or team (a new conversation becomes open)',
          tags,
          params: ConversationParams,
          body: ConversationPatch,
          response: { 200: ConversationResponse },
        },
      },
      async (request) => {
        const id = request.params.conversationId;
        if (!UUID.test(id)) throw notFound('The conversation');
        const row = await updateConversation(ctx.db, request.workspace!.id, id, request.body, userActor(request.user!));
        return { conversation: presentSummary(row) };
      },
    );

    app.post(
      `${base}/bulk`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Apply one change to up to 500 conversations at once (all or nothing)',
          tags,
          params: WorkspaceParams,
          body: BulkBody,
          response: { 200: BulkResponse },
        },
      },
      async (request) => {
        const { conversationIds, patch } = request.body;
        const updated = await updateConversations(
          ctx.db,
          request.workspace!.id,
          conversationIds,
          patch,
          userActor(request.user!),
        );
        return { updated };
      },
    );

    app.post(
      `${base}/:conversationId/presence`,
      {
        config: { access: { roles: ANSWERERS } },
        schema: {
          summary: 'Tell colleagues you are looking at (or typing in) a conversation; repeat every 10 s',
          tags,
          params: ConversationParams,
          body: PresenceBody,
        },
      },
      async (request, reply) => {
        const ws = request.workspace!;
        const id = request.params.conversationId;
        if (!UUID.test(id) || !(await findConversationSummary(ctx.db, ws.id, id))) throw notFound('The conversation');
        const user = request.user!;
        await publishLive(ctx.db, {
          workspaceId: ws.id,
          type: 'presence',
          subjectId: id,
          data: { conversationId: id, userId: user.userId, name: user.name, typing: request.body.typing },
        });
        return reply.code(204).send();
      },
    );
  };
}
