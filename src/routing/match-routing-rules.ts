/**
 * Applying routing rules to the conversations of new items. Pure: the pipeline loads the enabled
 * rules once per batch and hands each conversation its new items.
 */
import type { RoutingActions, RoutingConditions, RoutingRuleSpec } from './routing.types.js';

export interface RoutedItem {
  channelId: string;
  language: string | null;
  intent: string | null;
  sentiment: string | null;
  severity: string | null;
  text: string;
}

export interface RoutingTarget {
  tags: string[];
  priority: string;
  assignee_id: string | null;
  team_id: string | null;
}

export interface CompiledRule {
  id: string;
  matches: (item: RoutedItem) => boolean;
  actions: RoutingActions;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A keyword matches as a whole word (or phrase): "kö" is not found in "köpa". */
function keywordPattern(keywords: string[]): RegExp {
  const alternatives = keywords.map((k) => escapeRegExp(k.trim()).replace(/\s+/g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives})(?![\\p{L}\\p{N}_])`, 'iu');
}

const allows = (values: readonly string[] | undefined, value: string | null) =>
  !values || (value !== null && values.includes(value));

export function compileRule(rule: RoutingRuleSpec): CompiledRule {
  const c: RoutingConditions = rule.conditions;
  const keywords = c.keywords?.length ? keywordPattern(c.keywords) : null;
  return {
    id: rule.id,
    actions: rule.actions,
    matches: (item) =>
      allows(c.channelIds, item.channelId) &&
      allows(c.languages, item.language) &&
      allows(c.intents, item.intent) &&
      allows(c.sentiments, item.sentiment) &&
      allows(c.severities, item.severity) &&
      (!keywords || keywords.test(item.text)),
  };
}

/**
 * Every rule (in order) that matches one of the new items applies: tags add up, a later priority,
 * person or team wins over an earlier rule's. A person or team someone already assigned stays.
 * Returns the ids of the rules that applied.
 */
export function applyRoutingRules(
  target: RoutingTarget,
  items: readonly RoutedItem[],
  rules: readonly CompiledRule[],
  assigned: { user: boolean; team: boolean },
): string[] {
  const applied: string[] = [];
  for (const rule of rules) {
    if (!items.some(rule.matches)) continue;
    applied.push(rule.id);
    const { addTags, setPriority, assignUserId, assignTeamId } = rule.actions;
    if (addTags) for (const tag of addTags) if (!target.tags.includes(tag)) target.tags.push(tag);
    if (setPriority) target.priority = setPriority;
    if (assignUserId && !assigned.user) target.assignee_id = assignUserId;
    if (assignTeamId && !assigned.team) target.team_id = assignTeamId;
  }
  return applied;
}
