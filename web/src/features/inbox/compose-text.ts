/** Pure helpers of the composer's live check. */
import type { SpellingIssue, ToneFinding } from './inbox.types';

export function toneMessage(finding: ToneFinding, language: 'en' | 'sv' | 'nl'): string {
  return typeof finding.message === 'string' ? finding.message : finding.message[language];
}

/** Replaces the issue's word in the text, at its offsets when they still match, else its first occurrence. */
export function replaceIssue(text: string, issue: SpellingIssue, replacement: string): string {
  if (text.slice(issue.start, issue.end) === issue.word)
    return text.slice(0, issue.start) + replacement + text.slice(issue.end);
  const at = text.indexOf(issue.word);
  return at < 0 ? text : text.slice(0, at) + replacement + text.slice(at + issue.word.length);
}
