/**
 * A case is resolved with its outcome. The public conversation is tagged 'case-closing-due' and the
 * answer carries a closing prompt: the public thread should hear that it was sorted out.
 */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import { conflict, notFound } from '../http/errors.js';
import { publishLive } from '../live/live-events.js';
import * as replies from '../replies/replies.repository.js';
import { presentCase } from './cases.presenter.js';
import * as repo from './cases.repository.js';

export const CLOSING_DUE_TAG = 'case-closing-due';

const CLOSING_TEXTS: Record<string, (name: string | null) => string> = {
  sv: (name) => `Hej${name ? ` ${name}` : ''}! Vi har nu löst det vi pratade om i meddelanden. Tack för ditt tålamod!`,
  nl: (name) =>
    `Hoi${name ? ` ${name}` : ''}! We hebben opgelost waar we het in de berichten over hadden. Bedankt voor je geduld!`,
  en: (name) =>
    `Hi${name ? ` ${name}` : ''}! We have now sorted out what we discussed in messages. Thank you for your patience!`,
};

export function suggestedClosingText(language: string | null, authorName: string | null): string {
  const firstName = authorName?.trim().split(/\s+/)[0] ?? null;
  return (CLOSING_TEXTS[language ?? ''] ?? CLOSING_TEXTS.en!)(firstName);
}

export async function resolveCase(
  deps: Pick<AppContext, 'db'>,
  request: { workspaceId: string; caseId: string; actor: AuditActor },
  input: { outcome: string },
) {
  return deps.db.transaction().execute(async (trx) => {
    const found = await repo.findCase(trx, request.workspaceId, request.caseId);
    if (!found) throw notFound('The case');
    if (found.status !== 'open') throw conflict(`This case is ${found.status} already.`);
    const now = new Date();
    await repo.updateCase(trx, found.id, { status: 'resolved', outcome: input.outcome, resolved_at: now });
    await repo.addConversationTag(trx, found.public_conversation_id, CLOSING_DUE_TAG);
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'case.resolved',
      subject: { type: 'case', id: found.id },
      data: { outcome: input.outcome },
    });
    await publishLive(trx, {
      workspaceId: request.workspaceId,
      type: 'conversation.updated',
      subjectId: found.public_conversation_id,
    });
    const conversation = await replies.findConversation(trx, request.workspaceId, found.public_conversation_id);
    const row = (await repo.findCase(trx, request.workspaceId, found.id))!;
    return {
      case: presentCase(row),
      closingPrompt: {
        conversationId: found.public_conversation_id,
        suggestedText: suggestedClosingText(conversation?.language ?? null, conversation?.author_name ?? null),
      },
    };
  });
}
