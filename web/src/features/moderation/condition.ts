/** Building rule conditions in a form: empty shapes per type, and cleaning form state into what the API accepts. */
import type { Condition, LeafCondition, LeafType } from './rules.types';

export function emptyLeaf(type: LeafType): LeafCondition {
  switch (type) {
    case 'words':
      return { type, words: [] };
    case 'pattern':
      return { type, pattern: '', flags: 'i' };
    case 'authors':
      return { type, handles: [] };
    case 'flooding':
      return { type, maxItems: 5, withinMinutes: 10 };
    case 'classifier':
      return { type, intent: ['threat'] };
  }
}

export function emptyCondition(type: Condition['type']): Condition {
  return type === 'all' || type === 'any' ? { type, conditions: [emptyLeaf('words')] } : emptyLeaf(type);
}

const lines = (values: string[]) => values.map((v) => v.trim()).filter(Boolean);

/** Drops blank lines and unset options, so the JSON shown and sent is what the rule really says. */
export function cleanCondition(condition: Condition): Condition {
  switch (condition.type) {
    case 'all':
    case 'any':
      return { type: condition.type, conditions: condition.conditions.map(cleanCondition) };
    case 'words':
      return { ...condition, words: lines(condition.words) };
    case 'authors':
      return { type: 'authors', handles: lines(condition.handles).map((h) => h.replace(/^@/, '')) };
    case 'classifier': {
      const { type, intent, minSeverity, maxSentimentScore, offensive, personalData, hasLink } = condition;
      return {
        type,
        ...(intent?.length ? { intent } : {}),
        ...(minSeverity ? { minSeverity } : {}),
        ...(typeof maxSentimentScore === 'number' ? { maxSentimentScore } : {}),
        ...(offensive ? { offensive } : {}),
        ...(personalData ? { personalData } : {}),
        ...(hasLink ? { hasLink } : {}),
      };
    }
    default:
      return condition;
  }
}
