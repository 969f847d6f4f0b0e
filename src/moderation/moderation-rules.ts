/** Moderation rules: create, change, delete (audited), their catch, and a dry run over history. */
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { compileCondition } from './evaluate-condition.js';
import * as repo from './moderation-rules.repository.js';
import type { Condition, CreateRuleInput, UpdateRuleInput } from './moderation.schema.js';
import { presentItem } from './moderation.presenter.js';
import { floodingWindow, storedItem } from './screen-items.js';

type RuleRequest = { workspaceId: string; actor: AuditActor };

export function presentRule(row: repo.RuleWithHits) {
  return {
    id: row.id,
    name: row.name,
    mode: row.mode,
    condition: row.condition as Condition,
    guidelineRuleKey: row.guideline_rule_key,
    hits: {
      dryRun: Number(row.dry_run_hits ?? 0),
      active: Number(row.active_hits ?? 0),
      last7Days: Number(row.last_7_days ?? 0),
    },
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

export async function listRules(db: Executor, workspaceId: string) {
  return { rules: (await repo.listRulesWithHits(db, workspaceId)).map(presentRule) };
}

async function presentOne(db: Executor, workspaceId: string, ruleId: string) {
  const row = await repo.findRuleWithHits(db, workspaceId, ruleId);
  if (!row) throw notFound('This moderation rule');
  return { rule: presentRule(row) };
}

export async function createRule(db: Executor, request: RuleRequest, input: CreateRuleInput) {
  const id = await db.transaction().execute(async (trx) => {
    const row = await repo.insertRule(trx, {
      workspaceId: request.workspaceId,
      name: input.name,
      mode: input.mode,
      condition: input.condition,
      guidelineRuleKey: input.guidelineRuleKey ?? null,
      createdBy: request.actor.id,
    });
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation_rule.created',
      subject: { type: 'moderation_rule', id: row.id },
      data: { name: input.name, mode: input.mode, condition: input.condition },
    });
    return row.id;
  });
  return presentOne(db, request.workspaceId, id);
}

export async function updateRule(db: Executor, request: RuleRequest, ruleId: string, input: UpdateRuleInput) {
  await db.transaction().execute(async (trx) => {
    const row = await repo.updateRule(trx, request.workspaceId, ruleId, input);
    if (!row) throw notFound('This moderation rule');
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation_rule.updated',
      subject: { type: 'moderation_rule', id: ruleId },
      data: { changes: input },
    });
  });
  return presentOne(db, request.workspaceId, ruleId);
}

export async function deleteRule(db: Executor, request: RuleRequest, ruleId: string) {
  await db.transaction().execute(async (trx) => {
    const row = await repo.deleteRule(trx, request.workspaceId, ruleId);
    if (!row) throw notFound('This moderation rule');
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'moderation_rule.deleted',
      subject: { type: 'moderation_rule', id: ruleId },
      data: { name: row.name },
    });
  });
}

export async function listHits(db: Executor, workspaceId: string, ruleId: string, limit: number) {
  await presentOne(db, workspaceId, ruleId); // 404 for another workspace's rule
  const rows = await repo.listRuleHits(db, ruleId, limit);
  return {
    hits: rows.map((r) => ({
      item: presentItem(r),
      mode: r.mode,
      matched: r.matched,
      createdAt: new Date(r.hit_at).toISOString(),
    })),
  };
}

/** Most items a dry run looks at; a workspace with more sees the newest part of the window cut off. */
export const DRY_RUN_SCAN_LIMIT = 20_000;
const DRY_RUN_SHOWN = 50;

/** What an unsaved condition would have caught among the workspace's inbound items of the last N days. */
export async function dryRun(db: Executor, workspaceId: string, input: { condition: Condition; days: number }) {
  const since = new Date(Date.now() - input.days * 86_400_000);
  const rows = await repo.listInboundHistory(db, workspaceId, since, DRY_RUN_SCAN_LIMIT);
  const items = rows.map(storedItem);
  // Flooding: the author's activity within the scanned window (oldest first, as listed).
  const byAuthor = new Map<string, Date[]>();
  if (floodingWindow([input.condition]) > 0) {
    for (const item of items) {
      if (!item.authorPlatformId) continue;
      const times = byAuthor.get(item.authorPlatformId) ?? [];
      times.push(item.occurredAt);
      byAuthor.set(item.authorPlatformId, times);
    }
  }
  const matcher = compileCondition(input.condition);
  const context = {
    authorActivity: (i: { authorPlatformId: string | null }) => byAuthor.get(i.authorPlatformId ?? '') ?? [],
  };
  const matches: Array<{ item: ReturnType<typeof presentItem>; matched: string[] }> = [];
  let matched = 0;
  rows.forEach((row, index) => {
    const result = matcher(items[index]!, context);
    if (!result.matched) return;
    matched++;
    matches.push({ item: presentItem(row), matched: result.evidence });
  });
  return { scanned: rows.length, matched, items: matches.reverse().slice(0, DRY_RUN_SHOWN) };
}
