/**
 * Does a moderation rule's condition match an item? Pure: everything it needs (the author's recent
 * activity for flooding) comes in the context. Words match whole words and phrases, ignoring case
 * and diacritics ("doda" matches "Döda", "één" matches "een"); a condition with a language only looks
 * at items in that language.
 */
import { SEVERITIES, type Analysis } from '../analysis/analysis.types.js';
import type { Condition } from './moderation.schema.js';

export interface EvaluatedItem {
  text: string;
  language: string | null;
  analysis: Pick<Analysis, 'intent' | 'severity' | 'sentimentScore' | 'offensive' | 'personalData'>;
  authorPlatformId: string | null;
  authorHandle: string | null;
  occurredAt: Date;
}

export interface EvaluationContext {
  /** When the same author's items in this workspace were posted (this item included). */
  authorActivity?: (item: EvaluatedItem) => readonly Date[];
}

export interface Evaluation {
  matched: boolean;
  /** What matched, for the queue reason and the rule hit ("döda", "intent:threat", "7 items in 10 min"). */
  evidence: string[];
}

type Matcher = (item: EvaluatedItem, context: EvaluationContext) => Evaluation;

const NO: Evaluation = { matched: false, evidence: [] };
const compiled = new WeakMap<Condition, Matcher>();

export function evaluateCondition(
  condition: Condition,
  item: EvaluatedItem,
  context: EvaluationContext = {},
): Evaluation {
  return compileCondition(condition)(item, context);
}

/** Case- and diacritics-free form of a text: what word lists are compared on. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The compiled matcher, built once per condition object (a batch evaluates many items). */
export function compileCondition(condition: Condition): Matcher {
  let matcher = compiled.get(condition);
  if (!matcher) {
    matcher = build(condition);
    compiled.set(condition, matcher);
  }
  return matcher;
}

function build(condition: Condition): Matcher {
  switch (condition.type) {
    case 'words':
      return inLanguage(condition.language, wordsMatcher(condition.words));
    case 'pattern': {
      const regex = new RegExp(condition.pattern, `${condition.flags ?? ''}g`);
      return inLanguage(condition.language, (item) => {
        const found = [...item.text.matchAll(regex)].map((m) => m[0]).filter(Boolean);
        return found.length > 0 ? { matched: true, evidence: [...new Set(found)].slice(0, 10) } : NO;
      });
    }
    case 'authors': {
      const handles = new Set(condition.handles.map(normaliseHandle));
      return (item) => {
        const hit = [item.authorHandle, item.authorPlatformId].find((h) => h && handles.has(normaliseHandle(h)));
        return hit ? { matched: true, evidence: [`author:${hit}`] } : NO;
      };
    }
    case 'flooding': {
      const windowMs = condition.withinMinutes * 60_000;
      return (item, context) => {
        const at = item.occurredAt.getTime();
        const times = context.authorActivity?.(item) ?? [];
        const count = times.filter((t) => t.getTime() <= at && t.getTime() > at - windowMs).length;
        return count > condition.maxItems
          ? { matched: true, evidence: [`${count} items in ${condition.withinMinutes} min`] }
          : NO;
      };
    }
    case 'classifier':
      return (item) => classify(condition, item);
    case 'all':
    case 'any': {
      const parts = condition.conditions.map(compileCondition);
      return (item, context) => {
        const evidence: string[] = [];
        for (const part of parts) {
          const result = part(item, context);
          if (result.matched) {
            evidence.push(...result.evidence);
            if (condition.type === 'any') return { matched: true, evidence };
          } else if (condition.type === 'all') return NO;
        }
        return condition.type === 'all' ? { matched: true, evidence: [...new Set(evidence)] } : NO;
      };
    }
  }
}

function inLanguage(language: string | undefined, matcher: Matcher): Matcher {
  return language ? (item, context) => (item.language === language ? matcher(item, context) : NO) : matcher;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function wordsMatcher(words: readonly string[]): Matcher {
  const terms = words.map((word) => ({
    word,
    regex: new RegExp(
      `(?<![\\p{L}\\p{N}])${foldText(word.trim()).split(/\s+/).map(escapeRegex).join('\\s+')}(?![\\p{L}\\p{N}])`,
      'u',
    ),
  }));
  return (item) => {
    const folded = foldText(item.text);
    const found = terms.filter((t) => t.regex.test(folded)).map((t) => t.word);
    return found.length > 0 ? { matched: true, evidence: found } : NO;
  };
}

const normaliseHandle = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

const LINK = /\bhttps?:\/\/\S+|\bwww\.[\p{L}\p{N}-]+\.\S+/iu;

function classify(condition: Extract<Condition, { type: 'classifier' }>, item: EvaluatedItem): Evaluation {
  const a = item.analysis;
  const evidence: string[] = [];
  if (condition.intent) {
    if (!condition.intent.includes(a.intent)) return NO;
    evidence.push(`intent:${a.intent}`);
  }
  if (condition.minSeverity) {
    if (SEVERITIES.indexOf(a.severity) < SEVERITIES.indexOf(condition.minSeverity)) return NO;
    evidence.push(`severity:${a.severity}`);
  }
  if (condition.maxSentimentScore !== undefined) {
    if (a.sentimentScore > condition.maxSentimentScore) return NO;
    evidence.push(`sentiment:${a.sentimentScore.toFixed(2)}`);
  }
  if (condition.offensive !== undefined) {
    if (a.offensive !== condition.offensive) return NO;
    evidence.push(`offensive:${a.offensive}`);
  }
  if (condition.personalData !== undefined) {
    const has = a.personalData.length > 0;
    if (has !== condition.personalData) return NO;
    evidence.push(
      has ? `personal_data:${[...new Set(a.personalData.map((p) => p.kind))].join(',')}` : 'no personal data',
    );
  }
  if (condition.hasLink !== undefined) {
    const has = LINK.test(item.text);
    if (has !== condition.hasLink) return NO;
    evidence.push(has ? 'link' : 'no link');
  }
  return { matched: true, evidence };
}
