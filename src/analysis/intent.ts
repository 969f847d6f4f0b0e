/**
 * What a message wants, from keyword lists per language (data/intent-keywords-*.ts), punctuation and
 * the sentiment. Safety first: a threat beats abuse, abuse beats everything else; spam needs its
 * signals to outweigh the others. The rest is a vote: keyword hits, "?" and question words at the
 * start of a sentence, and sentiment (negative without a question leans to complaint).
 */
import type { AnalysisLanguage, Intent, SentimentResult } from './analysis.types.js';
import type { IntentKeywords, KeywordIntent } from './data/intent-keywords.js';
import { INTENT_KEYWORDS_EN } from './data/intent-keywords-en.js';
import { INTENT_KEYWORDS_NL } from './data/intent-keywords-nl.js';
import { INTENT_KEYWORDS_SV } from './data/intent-keywords-sv.js';
import { INSULT } from './data/offensive-terms.js';
import { compileTermList, normaliseForMatching } from './term-pattern.js';

/** Per intent one pattern for the whole list, plus the question words anchored at a sentence start. */
type Compiled = Record<KeywordIntent, RegExp> & { questionStart: RegExp };

function compileAll(keywords: IntentKeywords): Compiled {
  const entries = Object.entries(keywords).map(([intent, list]) => [intent, compileTermList(list)]);
  return {
    ...(Object.fromEntries(entries) as Record<KeywordIntent, RegExp>),
    questionStart: compileTermList(keywords.question, true),
  };
}

const LISTS = {
  sv: compileAll(INTENT_KEYWORDS_SV),
  nl: compileAll(INTENT_KEYWORDS_NL),
  en: compileAll(INTENT_KEYWORDS_EN),
};

/** Pronouns that make offensive wording an attack on someone rather than a curse at a situation. */
const PRONOUNS = {
  sv: 'ni|du|er|dig|din|ditt|dina|era|ert',
  nl: 'jullie|je|jij|jou|jouw|u|uw',
  en: "you|your|you're|ur|yall|u",
};
const directed = (words: string) => new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'u');
/** English pronouns count everywhere (mixed posts); Swedish "er" must not count in Dutch ("er is"). */
const DIRECTED: Record<AnalysisLanguage, RegExp> = {
  sv: directed(`${PRONOUNS.sv}|${PRONOUNS.en}`),
  nl: directed(`${PRONOUNS.nl}|${PRONOUNS.en}`),
  en: directed(PRONOUNS.en),
  other: directed(`${PRONOUNS.sv}|${PRONOUNS.nl}|${PRONOUNS.en}`),
};
const LINK = /https?:\/\/|www\.|\.(?:com|io|xyz|biz|ly)\b/iu;

/** When two intents score the same, the earlier one is the more useful label for the team. */
const TIE_ORDER: Intent[] = [
  'job_interest',
  'problem_report',
  'misunderstanding',
  'idea',
  'complaint',
  'question',
  'praise',
];

export interface IntentSignals {
  sentiment: SentimentResult;
  offensiveTerms: string[];
}

/** How many different keywords of the list occur in the text. */
function count(pattern: RegExp, text: string): number {
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) found.add(m[0]);
  return found.size;
}

function sentenceStarts(pattern: RegExp, sentences: string[]): number {
  return sentences.filter((sentence) => pattern.test(sentence)).length;
}

export function classifyIntent(text: string, language: AnalysisLanguage, signals: IntentSignals): Intent {
  const normal = normaliseForMatching(text).text;
  const sentences = text
    .split(/[.!?\n…]+/u)
    .map((s) => normaliseForMatching(s).text)
    .filter(Boolean);
  const own = language === 'other' ? [LISTS.sv, LISTS.nl, LISTS.en] : [LISTS[language]];
  // English threats and spam turn up in every language.
  const safety = language === 'en' || language === 'other' ? own : [...own, LISTS.en];
  const hits = (intent: KeywordIntent, lists: Compiled[]) => lists.reduce((n, l) => n + count(l[intent], normal), 0);

  if (hits('threat', safety) > 0) return 'threat';

  const offensive = signals.offensiveTerms.length > 0;
  const abuse = hits('abuse', own);
  if (abuse > 0 && (offensive || abuse >= 2 || signals.sentiment.label !== 'positive')) return 'abuse';
  if (offensive && (DIRECTED[language].test(normal) || signals.offensiveTerms.some((t) => INSULT.test(t))))
    return 'abuse';

  const hasQuestionMark = text.includes('?');
  const questionStarts = own.reduce((n, l) => n + sentenceStarts(l.questionStart, sentences), 0);
  const scores: Record<Intent, number> = {
    // Without a "?" a question word opening a sentence still asks ("när öppnar ni igen").
    question: hasQuestionMark ? 1 + 0.5 * questionStarts : Math.min(questionStarts, 1) * 0.75,
    complaint: hits('complaint', own),
    problem_report: hits('problem_report', own) * 1.5,
    misunderstanding: hits('misunderstanding', own) * 1.5,
    idea: hits('idea', own) * 2,
    praise: hits('praise', own) * 0.75,
    job_interest: hits('job_interest', own) * 2,
    spam: 0,
    abuse: 0,
    threat: 0,
    other: 0,
  };
  if (signals.sentiment.label === 'negative') scores.complaint += hasQuestionMark ? 0.5 : 1;
  if (signals.sentiment.label === 'positive') scores.praise += 0.75;

  const best = TIE_ORDER.reduce((a, b) => (scores[b] > scores[a] ? b : a));
  // The most any one list finds: "bitcoin" in both the Swedish and the English list is one signal.
  const spamWords = Math.max(...safety.map((l) => count(l.spam, normal)));
  const spam = spamWords + (LINK.test(text) ? 1 : 0);
  if (spamWords > 0 && (spam >= 2 || spam >= scores[best])) return 'spam';
  if (offensive && scores[best] < 1) return 'abuse';
  return scores[best] >= 0.75 ? best : 'other';
}
