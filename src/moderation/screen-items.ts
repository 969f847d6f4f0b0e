/**
 * The ingestion hook: new (and edited) inbound items are screened for moderation inside the
 * ingestion transaction. Set-based so the pipeline stays fast: one rules query per batch (plus one
 * activity query when a rule counts flooding), one bulk queue upsert, one bulk hit insert, and
 * nothing written when nothing matched.
 */
import type { Analysis } from '../analysis/analysis.types.js';
import type { Executor } from '../db/database.js';
import { publishLive } from '../live/live-events.js';
import { analysisVerdict } from './analysis-reasons.js';
import { compileCondition, type EvaluatedItem } from './evaluate-condition.js';
import { RuleCondition, type Condition } from './moderation.schema.js';
import { upsertQueueEntries, type QueueReason, type QueueUpsert } from './moderation-queue.repository.js';
import * as rulesRepo from './moderation-rules.repository.js';

export interface ScreenedItem {
  id: string;
  text: string;
  language: string | null;
  analysis: Analysis;
  authorPlatformId: string | null;
  authorHandle: string | null;
  occurredAt: Date;
  /** Personal data is a reason only in public; direct messages are private. Defaults to public. */
  isPublic?: boolean;
}

export async function screenForModeration(
  trx: Executor,
  channel: { id: string; workspace_id: string },
  items: readonly ScreenedItem[],
): Promise<void> {
  if (items.length === 0) return;
  const rules = (await rulesRepo.listScreeningRules(trx, channel.workspace_id)).flatMap((rule) => {
    const parsed = RuleCondition.safeParse(rule.condition);
    return parsed.success ? [{ ...rule, condition: parsed.data }] : []; // saved conditions are valid; be safe
  });
  const activity = await authorActivity(
    trx,
    channel.workspace_id,
    items,
    rules.map((r) => r.condition),
  );
  const context = { authorActivity: (item: EvaluatedItem) => activity.get(item.authorPlatformId ?? '') ?? [] };
  const at = new Date().toISOString();

  const queue: QueueUpsert[] = [];
  const hits: Array<{ ruleId: string; itemId: string; mode: 'active' | 'dry_run'; matched: string[] }> = [];
  for (const item of items) {
    const sources = new Set<string>();
    const reasons: QueueReason[] = [];
    const verdict = analysisVerdict(item.analysis, { text: item.text, isPublic: item.isPublic ?? true });
    let suggestedRuleKey = verdict.suggestedRuleKey;
    for (const code of verdict.codes) reasons.push({ source: 'analysis', code, at });
    if (verdict.codes.length > 0) sources.add('analysis');

    for (const rule of rules) {
      const result = compileCondition(rule.condition)(item, context);
      if (!result.matched) continue;
      const mode = rule.mode === 'active' ? 'active' : 'dry_run';
      hits.push({ ruleId: rule.id, itemId: item.id, mode, matched: result.evidence });
      if (mode !== 'active') continue;
      sources.add('rule');
      reasons.push({ source: 'rule', ruleId: rule.id, ruleName: rule.name, matched: result.evidence, at });
      suggestedRuleKey ??= rule.guideline_rule_key;
    }
    if (sources.size === 0) continue;
    queue.push({
      workspaceId: channel.workspace_id,
      itemId: item.id,
      channelId: channel.id,
      sources: [...sources],
      reasons,
      severity: item.analysis.severity,
      suggestedRuleKey,
    });
  }
  await rulesRepo.insertRuleHits(trx, hits);
  const queued = await upsertQueueEntries(trx, queue);
  if (queued.length > 0) {
    await publishLive(trx, {
      workspaceId: channel.workspace_id,
      type: 'moderation.updated',
      ...(queued.length === 1 ? { subjectId: queued[0]!.id } : {}),
      data: { channelId: channel.id, count: queued.length },
    });
  }
}

/** Edited items are screened again with their new text (loaded, as the edit step returns only ids). */
export async function screenChangedItems(
  trx: Executor,
  channel: { id: string; workspace_id: string },
  itemIds: string[],
): Promise<void> {
  const rows = await rulesRepo.listItemsForScreening(trx, itemIds);
  await screenForModeration(trx, channel, rows.map(storedItem));
}

/** An item row as the evaluator sees it (dry runs over history use this too). */
export function storedItem(row: {
  id: string;
  text: string;
  language: string | null;
  author_platform_id: string | null;
  author_handle: string | null;
  occurred_at: Date;
  intent: string | null;
  sentiment: string | null;
  sentiment_score: number | null;
  severity: string | null;
  offensive: boolean;
  personal_data: unknown;
  conversation_kind?: string;
}): ScreenedItem {
  return {
    id: row.id,
    text: row.text,
    language: row.language,
    authorPlatformId: row.author_platform_id,
    authorHandle: row.author_handle,
    occurredAt: new Date(row.occurred_at),
    isPublic: row.conversation_kind !== 'private',
    analysis: {
      language: (row.language ?? 'other') as Analysis['language'],
      intent: (row.intent ?? 'other') as Analysis['intent'],
      sentiment: (row.sentiment ?? 'neutral') as Analysis['sentiment'],
      sentimentScore: row.sentiment_score ?? 0,
      severity: (row.severity ?? 'normal') as Analysis['severity'],
      offensive: row.offensive,
      offensiveTerms: [],
      personalData: Array.isArray(row.personal_data) ? (row.personal_data as Analysis['personalData']) : [],
    },
  };
}

/** The longest flooding window among the conditions, in minutes (0: none counts flooding). */
export function floodingWindow(conditions: readonly Condition[]): number {
  let max = 0;
  const visit = (c: Condition) => {
    if (c.type === 'flooding') max = Math.max(max, c.withinMinutes);
    if (c.type === 'all' || c.type === 'any') c.conditions.forEach(visit);
  };
  conditions.forEach(visit);
  return max;
}

async function authorActivity(
  trx: Executor,
  workspaceId: string,
  items: readonly ScreenedItem[],
  conditions: readonly Condition[],
): Promise<Map<string, Date[]>> {
  const windowMinutes = floodingWindow(conditions);
  const byAuthor = new Map<string, Date[]>();
  if (windowMinutes === 0) return byAuthor;
  const authors = [...new Set(items.flatMap((i) => (i.authorPlatformId ? [i.authorPlatformId] : [])))];
  const earliest = Math.min(...items.map((i) => i.occurredAt.getTime()));
  const rows = await rulesRepo.listAuthorActivity(
    trx,
    workspaceId,
    authors,
    new Date(earliest - windowMinutes * 60_000),
  );
  for (const row of rows) {
    const list = byAuthor.get(row.author_platform_id!) ?? [];
    list.push(new Date(row.occurred_at));
    byAuthor.set(row.author_platform_id!, list);
  }
  return byAuthor;
}
