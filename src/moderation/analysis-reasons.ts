/**
 * When the analysis alone puts an item in the moderation queue, and which guideline rule it most
 * likely breaks: threats, abuse and spam by intent, offensive words, personal data posted in public,
 * links in negative posts, and anything critical and negative.
 */
import type { Analysis } from '../analysis/analysis.types.js';

export type AnalysisReasonCode = 'threat' | 'abuse' | 'spam' | 'offensive' | 'personal_data' | 'link' | 'critical';

export interface AnalysisVerdict {
  codes: AnalysisReasonCode[];
  /** The guideline rule key a moderator is offered first. */
  suggestedRuleKey: string | null;
}

const RULE_OF: Record<AnalysisReasonCode, string | null> = {
  threat: 'threats',
  abuse: 'harassment',
  offensive: 'harassment',
  spam: 'spam',
  link: 'spam',
  personal_data: 'personal_data',
  critical: null,
};

const LINK = /\bhttps?:\/\/\S+/i;

export function analysisVerdict(
  analysis: Pick<Analysis, 'intent' | 'severity' | 'sentiment' | 'offensive' | 'personalData'>,
  item: { text: string; isPublic: boolean },
): AnalysisVerdict {
  const codes: AnalysisReasonCode[] = [];
  if (analysis.intent === 'threat' || analysis.intent === 'abuse' || analysis.intent === 'spam') {
    codes.push(analysis.intent);
  }
  if (analysis.offensive) codes.push('offensive');
  if (item.isPublic && analysis.personalData.length > 0) codes.push('personal_data');
  // A link alone is no reason (people share links); a link in spam or an angry post adds context.
  if (codes.length > 0 && LINK.test(item.text)) codes.push('link');
  if (analysis.severity === 'critical' && analysis.sentiment === 'negative' && codes.length === 0) {
    codes.push('critical');
  }
  const first = codes.map((c) => RULE_OF[c]).find((k) => k !== null) ?? null;
  return { codes, suggestedRuleKey: first };
}
