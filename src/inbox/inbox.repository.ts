/** All SQL of the inbox: conversation lists, counts and the conversation page. */
import { sql, type ExpressionBuilder, type SqlBool, type Expression, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../db/database.js';
import type { Database } from '../db/schema.js';
import type { ConversationUpdate } from '../db/schema-inbox.js';

export const OPEN_STATUSES = ['new', 'open'] as const;
/** Work that is still someone's: "mine" shows it. */
export const ACTIVE_STATUSES = ['new', 'open', 'waiting'] as const;

export type InboxView = 'inbox' | 'mine' | 'unanswered' | 'waiting' | 'resolved' | 'closed' | 'all';
export type InboxSort = 'timeLeft' | 'newest' | 'oldest';

/** Keyset position of the last row of a page; timestamps as Postgres text so no microsecond is lost. */
export interface ListCursor {
  dueAt: string | null;
  activityAt: string;
  id: string;
}

export interface ConversationQuery {
  workspaceId: string;
  userId: string;
  view: InboxView;
  channelIds?: string[];
  statuses?: string[];
  sentiments?: string[];
  intents?: string[];
  severities?: string[];
  languages?: string[];
  /** 'me', 'none' or a user id */
  assignee?: string;
  tag?: string;
  search?: SearchInput;
  timeLeft?: 'breached' | 'lt1h' | 'lt4h';
  sort: InboxSort;
  cursor?: ListCursor;
  limit: number;
}

/** Full-text query, the text search configuration of the workspace language and extra word forms. */
export interface SearchInput {
  text: string;
  config: string;
  variants?: string[][] | null;
}

type Eb = ExpressionBuilder<Database & { c: Database['conversations'] }, 'c'>;

/** The list order; c.id last makes it total (the keyset cursor relies on it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function orderForList<Q extends SelectQueryBuilder<any, 'c', any>>(query: Q, sort: InboxSort): Q {
  if (sort === 'newest') return query.orderBy('c.last_activity_at', 'desc').orderBy('c.id', 'desc') as Q;
  if (sort === 'oldest') return query.orderBy('c.last_activity_at', 'asc').orderBy('c.id', 'asc') as Q;
  return query
    .orderBy(sql`c.due_at ASC NULLS LAST`)
    .orderBy('c.last_activity_at', 'desc')
    .orderBy('c.id', 'desc') as Q;
}

/** Names of the channel, assignee, team and author of each conversation row `c`. */
function withSummaryJoins(query: SelectQueryBuilder<Database & { c: Database['conversations'] }, 'c', object>) {
  return query
    .innerJoin('channels as ch', 'ch.id', 'c.channel_id')
    .leftJoin('users as au', 'au.id', 'c.assignee_id')
    .leftJoin('teams as tm', 'tm.id', 'c.team_id')
    .leftJoin('authors as a', 'a.id', 'c.author_id')
    .selectAll('c')
    .select([
      'ch.name as channel_name',
      'ch.kind as channel_kind',
      'au.name as assignee_name',
      'tm.name as team_name',
      'a.handle as author_handle',
      'a.name as author_name',
      sql<string | null>`c.due_at::text`.as('due_at_text'),
      sql<string>`c.last_activity_at::text`.as('activity_at_text'),
    ]);
}

function selectSummaries(db: Executor) {
  return withSummaryJoins(db.selectFrom('conversations as c'));
}
export type ConversationSummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function viewCondition(eb: Eb, view: InboxView, userId: string): Expression<SqlBool> | null {
  switch (view) {
    case 'inbox':
      return eb('c.status', 'in', OPEN_STATUSES);
    case 'mine':
      return eb.and([eb('c.assignee_id', '=', userId), eb('c.status', 'in', ACTIVE_STATUSES)]);
    case 'unanswered':
      return eb('c.awaiting_since', 'is not', null);
    case 'waiting':
    case 'resolved':
    case 'closed':
      return eb('c.status', '=', view);
    case 'all':
      return null;
  }
}

const TIME_LEFT = { breached: '0 seconds', lt1h: '1 hour', lt4h: '4 hours' } as const;

/**
 * The tsquery of a search: stemmed in the workspace language, or word for word, or (Swedish) one of
 * the extra word forms. One query joined with || (OR) so the GIN index is read once, not per branch.
 */
function searchQuery(search: SearchInput) {
  const parts = [
    sql`websearch_to_tsquery(${search.config}::regconfig, ${search.text})`,
    sql`websearch_to_tsquery('simple', ${search.text})`,
  ];
  if (search.variants)
    parts.push(
      sql`(${sql.join(
        search.variants.map(
          (forms) =>
            sql`(${sql.join(
              forms.map((form) =>
                form.endsWith(':*')
                  ? sql`to_tsquery(${search.config}::regconfig, ${form})`
                  : sql`plainto_tsquery(${search.config}::regconfig, ${form})`,
              ),
              sql` || `,
            )})`,
        ),
        sql` && `,
      )})`,
    );
  return sql`(${sql.join(parts, sql` || `)})`;
}

/** Below this many matching items (planner estimate) a search starts from its matches, see searchCondition. */
const SELECTIVE_SEARCH_ITEMS = 50_000;

function matchingItems(db: Executor, workspaceId: string, search: SearchInput) {
  return db
    .selectFrom('items as i')
    .select('i.conversation_id')
    .where('i.workspace_id', '=', workspaceId)
    .where(sql<SqlBool>`i.search @@ ${searchQuery(search)}`);
}

/**
 * Whether a search matches few items, from the planner's estimate (a word outside the column's most
 * common lexemes is rare by definition). It costs one planning, well under a millisecond of execution.
 */
async function isSelectiveSearch(db: Executor, workspaceId: string, search: SearchInput) {
  const compiled = matchingItems(db, workspaceId, search).compile();
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>({
    ...compiled,
    sql: `EXPLAIN (FORMAT JSON) ${compiled.sql}`,
  });
  return (rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? Infinity) < SELECTIVE_SEARCH_ITEMS;
}

/**
 * A conversation matches a search when one of its items does. A common word is found by walking the
 * list in its order and probing each conversation's items (50 hits come quickly); a rare one by
 * reading its matches from the GIN index first (= ANY(ARRAY(…)) is computed once, then the
 * conversations are fetched by id and sorted): walking the list for a rare word probed 37,000
 * conversations (4.3 s at 1,000,000 conversations).
 */
function searchCondition(eb: Eb, db: Executor, workspaceId: string, search: SearchInput, selective: boolean) {
  const matches = matchingItems(db, workspaceId, search);
  return selective ? sql<SqlBool>`c.id = ANY(ARRAY(${matches}))` : eb('c.id', 'in', matches);
}

function cursorCondition(sort: InboxSort, cursor: ListCursor) {
  if (sort === 'newest')
    return sql<SqlBool>`(c.last_activity_at, c.id) < (${cursor.activityAt}::timestamptz, ${cursor.id}::uuid)`;
  if (sort === 'oldest')
    return sql<SqlBool>`(c.last_activity_at, c.id) > (${cursor.activityAt}::timestamptz, ${cursor.id}::uuid)`;
  // due_at ascending with nulls last, then most recent activity first.
  const sameDueLater = sql<SqlBool>`(c.last_activity_at < ${cursor.activityAt}::timestamptz
    OR (c.last_activity_at = ${cursor.activityAt}::timestamptz AND c.id < ${cursor.id}::uuid))`;
  if (cursor.dueAt === null) return sql<SqlBool>`(c.due_at IS NULL AND ${sameDueLater})`;
  return sql<SqlBool>`(c.due_at > ${cursor.dueAt}::timestamptz OR c.due_at IS NULL
    OR (c.due_at = ${cursor.dueAt}::timestamptz AND ${sameDueLater}))`;
}

/**
 * One page of a list. The page is chosen on conversations alone and the names are joined to its rows
 * only: a rare search sorts a few thousand matches, and joining authors/users/channels to all of them
 * before the sort cost 150 ms at 1,000,000 conversations.
 */
export async function listConversations(db: Executor, q: ConversationQuery) {
  const selective = q.search ? await isSelectiveSearch(db, q.workspaceId, q.search) : false;
  const page = db
    .selectFrom('conversations as c')
    .selectAll('c')
    .where('c.workspace_id', '=', q.workspaceId)
    .where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      const view = viewCondition(eb, q.view, q.userId);
      if (view) conditions.push(view);
      if (q.channelIds?.length) conditions.push(eb('c.channel_id', 'in', q.channelIds));
      if (q.statuses?.length) conditions.push(eb('c.status', 'in', q.statuses as never[]));
      if (q.sentiments?.length) conditions.push(eb('c.sentiment', 'in', q.sentiments));
      if (q.intents?.length) conditions.push(eb('c.intent', 'in', q.intents));
      if (q.severities?.length) conditions.push(eb('c.severity', 'in', q.severities));
      if (q.languages?.length) conditions.push(eb('c.language', 'in', q.languages));
      if (q.assignee === 'none') conditions.push(eb('c.assignee_id', 'is', null));
      else if (q.assignee) conditions.push(eb('c.assignee_id', '=', q.assignee === 'me' ? q.userId : q.assignee));
      if (q.tag) conditions.push(sql<SqlBool>`c.tags @> ARRAY[${q.tag}]::text[]`);
      if (q.timeLeft) conditions.push(sql<SqlBool>`c.due_at <= now() + ${TIME_LEFT[q.timeLeft]}::interval`);
      if (q.search) conditions.push(searchCondition(eb, db, q.workspaceId, q.search, selective));
      if (q.cursor) conditions.push(cursorCondition(q.sort, q.cursor));
      return eb.and(conditions);
    });
  const query = withSummaryJoins(db.selectFrom(orderForList(page, q.sort).limit(q.limit).as('c')));
  return orderForList(query, q.sort).execute();
}

/** The badges of the views: each count walks its own index. */
export async function countConversations(db: Executor, workspaceId: string, userId: string) {
  const { rows } = await sql<{ inbox: string; mine: string; unanswered: string; waiting: string; breached: string }>`
    SELECT
      (SELECT count(*) FROM conversations WHERE workspace_id = ${workspaceId} AND status IN ('new', 'open')) AS inbox,
      (SELECT count(*) FROM conversations WHERE assignee_id = ${userId} AND workspace_id = ${workspaceId}
          AND status IN ('new', 'open', 'waiting')) AS mine,
      (SELECT count(*) FROM conversations WHERE workspace_id = ${workspaceId} AND awaiting_since IS NOT NULL) AS unanswered,
      (SELECT count(*) FROM conversations WHERE workspace_id = ${workspaceId} AND status = 'waiting') AS waiting,
      (SELECT count(*) FROM conversations WHERE workspace_id = ${workspaceId} AND status IN ('new', 'open')
          AND due_at <= now()) AS breached`.execute(db);
  const row = rows[0]!;
  return {
    inbox: Number(row.inbox),
    mine: Number(row.mine),
    unanswered: Number(row.unanswered),
    waiting: Number(row.waiting),
    breached: Number(row.breached),
  };
}

export function findConversationSummary(db: Executor, workspaceId: string, conversationId: string) {
  return selectSummaries(db)
    .leftJoin('sla_policies as sp', 'sp.id', 'c.sla_policy_id')
    .select('sp.name as sla_policy_name')
    .where('c.workspace_id', '=', workspaceId)
    .where('c.id', '=', conversationId)
    .executeTakeFirst();
}

/** Conversations of a workspace locked for a change; missing or foreign ids are simply absent. */
export function lockConversations(trx: Executor, workspaceId: string, conversationIds: string[]) {
  return trx
    .selectFrom('conversations')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', conversationIds)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export function updateConversation(trx: Executor, conversationId: string, values: ConversationUpdate) {
  return trx
    .updateTable('conversations')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', conversationId)
    .execute();
}

export async function isMember(db: Executor, workspaceId: string, userId: string) {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function teamExists(db: Executor, workspaceId: string, teamId: string) {
  const row = await db
    .selectFrom('teams')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The author's other conversations, newest first. */
export function listAuthorConversations(
  db: Executor,
  workspaceId: string,
  authorId: string,
  exceptId: string,
  limit = 20,
) {
  return selectSummaries(db)
    .where('c.workspace_id', '=', workspaceId)
    .where('c.author_id', '=', authorId)
    .where('c.id', '!=', exceptId)
    .orderBy('c.last_activity_at', 'desc')
    .limit(limit)
    .execute();
}
