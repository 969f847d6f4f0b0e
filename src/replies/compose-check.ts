/**
 * The live check of a draft reply: spelling (with suggestions), the tone-of-voice guide of the
 * channel and language, offensive wording and personal data in OUR text, and the channel's length
 * limit. Pure reading; nothing is stored.
 */
import type { AppContext } from '../app/context.js';
import { detectLanguage } from '../analysis/language.js';
import { findOffensiveTerms } from '../analysis/offensive.js';
import { findPersonalData } from '../analysis/personal-data.js';
import { capabilitiesOf } from '../channels/channel-account.js';
import * as channelsRepo from '../channels/channels.repository.js';
import { notFound } from '../http/errors.js';
import type { SpellingIssue } from '../language/spelling/spelling.js';
import { checkSpellingOffThread } from '../language/spelling/spelling-service.js';
import { checkTone, type ToneFinding, type ToneLanguage } from '../language/tone/check-tone.js';
import { toneGuideFor } from '../tone-guides/tone-guide-for.js';
import * as repo from './replies.repository.js';
import type { ComposeCheckInput } from './replies.schema.js';
import { graphemes } from './reply-text.js';

const LANGUAGES: readonly string[] = ['sv', 'nl', 'en'];
const COMPLAINING_INTENTS = new Set(['complaint', 'problem_report']);

export interface SensitiveSpan {
  term: string;
  start: number;
  end: number;
  reason: 'offensive' | 'personal_data';
  kind?: string;
}

export interface ComposeCheckResult {
  language: ToneLanguage;
  length: { count: number; max: number | null };
  spelling: SpellingIssue[];
  tone: ToneFinding[];
  sensitive: SensitiveSpan[];
}

export async function composeCheck(
  deps: Pick<AppContext, 'db' | 'channels'>,
  workspace: { id: string; defaultLanguage: string },
  input: ComposeCheckInput,
): Promise<ComposeCheckResult> {
  const conversation = input.conversationId
    ? await repo.findConversation(deps.db, workspace.id, input.conversationId)
    : undefined;
  if (input.conversationId && !conversation) throw notFound('The conversation');
  const channelId = input.channelId ?? conversation?.channel_id ?? null;
  const channel = channelId ? await channelsRepo.findChannel(deps.db, workspace.id, channelId) : undefined;
  if (channelId && !channel) throw notFound('The channel');

  const detected = input.text.trim() ? detectLanguage(input.text) : 'other';
  const language = (input.language ??
    (LANGUAGES.includes(detected) ? detected : null) ??
    (LANGUAGES.includes(conversation?.language ?? '') ? conversation!.language : null) ??
    (LANGUAGES.includes(workspace.defaultLanguage) ? workspace.defaultLanguage : 'en')) as ToneLanguage;

  const { guide } = await toneGuideFor(deps.db, workspace.id, language, channel?.id ?? null);
  const tone = checkTone(input.text, guide, {
    shouldApologise:
      conversation !== undefined &&
      (conversation.sentiment === 'negative' || COMPLAINING_INTENTS.has(conversation.intent ?? '')),
    authorName: conversation?.author_name ?? undefined,
  });
  const max = channel ? capabilitiesOf(deps.channels, channel).maxLength : (guide.maxLength ?? null);

  return {
    language,
    length: { count: graphemes(input.text), max },
    spelling: await checkSpellingOffThread(input.text, language),
    tone,
    sensitive: sensitiveSpans(input.text, language),
  };
}

/** Offensive words (every occurrence, located case-insensitively) and personal data, in text order. */
export function sensitiveSpans(text: string, language: ToneLanguage): SensitiveSpan[] {
  const spans: SensitiveSpan[] = [];
  const lower = text.toLocaleLowerCase();
  for (const term of findOffensiveTerms(text, language)) {
    const needle = term.toLocaleLowerCase();
    for (let at = lower.indexOf(needle); at !== -1 && needle; at = lower.indexOf(needle, at + needle.length)) {
      spans.push({ term: text.slice(at, at + needle.length), start: at, end: at + needle.length, reason: 'offensive' });
    }
  }
  for (const match of findPersonalData(text)) {
    spans.push({
      term: text.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      reason: 'personal_data',
      kind: match.kind,
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}
