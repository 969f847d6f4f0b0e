import type { Executor } from '../db/database.js';
import { badRequest } from '../http/errors.js';
import * as repo from './inbox.repository.js';
import type { ListConversationsInput } from './inbox.schema.js';
import { searchConfigFor, searchWordVariants } from './search-config.js';

/** The cursor is opaque to clients: base64url JSON of the last row's sort keys. */
function encodeCursor(row: repo.ConversationSummaryRow): string {
  const cursor: repo.ListCursor = { dueAt: row.due_at_text, activityAt: row.activity_at_text, id: row.id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): repo.ListCursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as repo.ListCursor;
    const valid =
      typeof parsed.activityAt === 'string' &&
      typeof parsed.id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed.id) &&
      (parsed.dueAt === null || typeof parsed.dueAt === 'string') &&
      !Number.isNaN(Date.parse(parsed.activityAt)) &&
      (parsed.dueAt === null || !Number.isNaN(Date.parse(parsed.dueAt)));
    if (valid) return parsed;
  } catch {
    // fall through
  }
  throw badRequest('The page cursor is not valid; reload the list.');
}

export async function listConversations(
  db: Executor,
  scope: { workspaceId: string; userId: string; defaultLanguage: string },
  input: ListConversationsInput,
) {
  const rows = await repo.listConversations(db, {
    workspaceId: scope.workspaceId,
    userId: scope.userId,
    view: input.view,
    channelIds: input.channelId,
    statuses: input.status,
    sentiments: input.sentiment,
    intents: input.intent,
    severities: input.severity,
    languages: input.language,
    assignee: input.assigneeId,
    tag: input.tag,
    search: input.q
      ? {
          text: input.q,
          config: searchConfigFor(scope.defaultLanguage),
          variants: searchWordVariants(scope.defaultLanguage, input.q),
        }
      : undefined,
    timeLeft: input.timeLeft,
    sort: input.sort,
    cursor: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: input.limit + 1, // one more tells whether there is a next page
  });
  const page = rows.slice(0, input.limit);
  const nextCursor = rows.length > input.limit ? encodeCursor(page[page.length - 1]!) : null;
  return { rows: page, nextCursor };
}
