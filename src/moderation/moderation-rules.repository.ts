/** All SQL of moderation rules, their hits, and the history a dry run scans. */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

/** The rules ingestion evaluates: active and dry-run, never 'off'. One query per batch. */
export function listScreeningRules(db: Executor, workspaceId: string) {
  return db
    .selectFrom('moderation_rules')
    .select(['id', 'name', 'mode', 'condition', 'guideline_rule_key'])
    .where('workspace_id', '=', workspaceId)
    .where('mode', 'in', ['active', 'dry_run'])
    .orderBy('created_at')
    .execute();
}

/** When these authors posted in this workspace since `since` (flooding). */
export function listAuthorActivity(db: Executor, workspaceId: string, authorPlatformIds: string[], since: Date) {
  if (authorPlatformIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('items')
    .select(['author_platform_id', 'occurred_at'])
    .where('workspace_id', '=', workspaceId)
    .where('direction', '=', 'inbound')
    .where('author_platform_id', 'in', authorPlatformIds)
    .where('occurred_at', '>=', since)
    .execute();
}

export function insertRuleHits(
  db: Executor,
  rows: ReadonlyArray<{ ruleId: string; itemId: string; mode: 'active' | 'dry_run'; matched: string[] }>,
) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('moderation_rule_hits')
    .values(rows.map((r) => ({ rule_id: r.ruleId, item_id: r.itemId, mode: r.mode, matched: r.matched })))
    .onConflict((oc) =>
      oc.columns(['rule_id', 'item_id']).doUpdateSet({ mode: sql`excluded.mode`, matched: sql`excluded.matched` }),
    )
    .execute()
    .then(() => undefined);
}

/** Every rule of the workspace with its hit counts. */
export function listRulesWithHits(db: Executor, workspaceId: string) {
  return rulesWithHits(db).where('r.workspace_id', '=', workspaceId).orderBy('r.created_at').execute();
}

export function findRuleWithHits(db: Executor, workspaceId: string, ruleId: string) {
  return rulesWithHits(db).where('r.workspace_id', '=', workspaceId).where('r.id', '=', ruleId).executeTakeFirst();
}

function rulesWithHits(db: Executor) {
  const weekAgo = new Date(Date.now() - 7 * 86_400_000);
  return db
    .selectFrom('moderation_rules as r')
    .selectAll('r')
    .select((eb) => [
      eb
        .selectFrom('moderation_rule_hits as h')
        .select(sql<string>`count(*) FILTER (WHERE h.mode = 'dry_run')`.as('n'))
        .whereRef('h.rule_id', '=', 'r.id')
        .as('dry_run_hits'),
      eb
        .selectFrom('moderation_rule_hits as h')
        .select(sql<string>`count(*) FILTER (WHERE h.mode = 'active')`.as('n'))
        .whereRef('h.rule_id', '=', 'r.id')
        .as('active_hits'),
      eb
        .selectFrom('moderation_rule_hits as h')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('h.rule_id', '=', 'r.id')
        .where('h.created_at', '>=', weekAgo)
        .as('last_7_days'),
    ]);
}

export type RuleWithHits = NonNullable<Awaited<ReturnType<typeof findRuleWithHits>>>;

export function insertRule(
  db: Executor,
  row: {
    workspaceId: string;
    name: string;
    mode: 'dry_run' | 'active' | 'off';
    condition: unknown;
    guidelineRuleKey: string | null;
    createdBy: string | null;
  },
) {
  return db
    .insertInto('moderation_rules')
    .values({
      workspace_id: row.workspaceId,
      name: row.name,
      mode: row.mode,
      condition: JSON.stringify(row.condition),
      guideline_rule_key: row.guidelineRuleKey,
      created_by: row.createdBy,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export function updateRule(
  db: Executor,
  workspaceId: string,
  ruleId: string,
  patch: { name?: string; mode?: 'dry_run' | 'active' | 'off'; condition?: unknown; guidelineRuleKey?: string | null },
) {
  return db
    .updateTable('moderation_rules')
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.mode !== undefined ? { mode: patch.mode } : {}),
      ...(patch.condition !== undefined ? { condition: JSON.stringify(patch.condition) } : {}),
      ...(patch.guidelineRuleKey !== undefined ? { guideline_rule_key: patch.guidelineRuleKey } : {}),
      updated_at: new Date(),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', ruleId)
    .returning(['id'])
    .executeTakeFirst();
}

export function deleteRule(db: Executor, workspaceId: string, ruleId: string) {
  return db
    .deleteFrom('moderation_rules')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', ruleId)
    .returning(['id', 'name'])
    .executeTakeFirst();
}

/** The items a rule caught, newest first, shaped like queue items. */
export function listRuleHits(db: Executor, ruleId: string, limit: number) {
  return db
    .selectFrom('moderation_rule_hits as h')
    .innerJoin('items as i', 'i.id', 'h.item_id')
    .innerJoin('channels as c', 'c.id', 'i.channel_id')
    .select(['h.mode', 'h.matched', 'h.created_at as hit_at'])
    .select(HISTORY_COLUMNS)
    .where('h.rule_id', '=', ruleId)
    .orderBy('h.created_at', 'desc')
    .limit(limit)
    .execute();
}

const HISTORY_COLUMNS = [
  'i.id',
  'i.conversation_id',
  'i.channel_id',
  'c.name as channel_name',
  'c.kind as network',
  'i.platform_id',
  'i.kind',
  'i.text',
  'i.url',
  'i.author_handle',
  'i.author_name',
  'i.author_platform_id',
  'i.occurred_at',
  'i.language',
  'i.intent',
  'i.sentiment',
  'i.sentiment_score',
  'i.severity',
  'i.offensive',
  'i.personal_data',
  'i.moderation_state',
] as const;

/** The workspace's inbound items since `since`, oldest first (a dry run over history). */
export function listInboundHistory(db: Executor, workspaceId: string, since: Date, limit: number) {
  return db
    .selectFrom('items as i')
    .innerJoin('channels as c', 'c.id', 'i.channel_id')
    .select(HISTORY_COLUMNS)
    .where('i.workspace_id', '=', workspaceId)
    .where('i.direction', '=', 'inbound')
    .where('i.occurred_at', '>=', since)
    .orderBy('i.occurred_at', 'asc')
    .limit(limit)
    .execute();
}

export type HistoryItem = Awaited<ReturnType<typeof listInboundHistory>>[number];

/** Inbound items by id with what screening needs (edited items are screened again). */
export function listItemsForScreening(db: Executor, itemIds: string[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('items as i')
    .innerJoin('conversations as v', 'v.id', 'i.conversation_id')
    .select([
      'i.id',
      'i.text',
      'i.language',
      'i.author_platform_id',
      'i.author_handle',
      'i.occurred_at',
      'i.intent',
      'i.sentiment',
      'i.sentiment_score',
      'i.severity',
      'i.offensive',
      'i.personal_data',
      'v.kind as conversation_kind',
    ])
    .where('i.id', 'in', itemIds)
    .where('i.direction', '=', 'inbound')
    .execute();
}
