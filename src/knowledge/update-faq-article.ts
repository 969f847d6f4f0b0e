/** An admin or manager edits an FAQ article; fields not sent stay as they are. */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { slugConflict } from './faq-conflict.js';
import { findArticle, updateArticle } from './faq.repository.js';
import type { ArticlePatch, KnowledgeLanguage } from './knowledge.schema.js';

export async function updateFaqArticle(
  db: Db,
  workspaceId: string,
  id: string,
  patch: ArticlePatch,
  actor: AuditActor,
) {
  let target = { slug: patch.slug ?? '', language: patch.language ?? '' };
  try {
    return await db.transaction().execute(async (trx) => {
      const before = await findArticle(trx, workspaceId, id, { lock: true });
      if (!before) throw notFound('The article');
      const values = {
        slug: patch.slug ?? before.slug,
        language: patch.language ?? (before.language as KnowledgeLanguage),
        question: patch.question ?? before.question,
        answer: patch.answer ?? before.answer,
        keywords: patch.keywords ?? before.keywords,
        externalUrl: patch.externalUrl === undefined ? before.external_url : patch.externalUrl,
        published: patch.published ?? before.published,
      };
      target = values;
      const row = await updateArticle(trx, workspaceId, id, values);
      const changed = (Object.keys(patch) as Array<keyof ArticlePatch>).filter((key) => patch[key] !== undefined);
      await recordAudit(trx, {
        workspaceId,
        actor,
        action: 'faq_article.updated',
        subject: { type: 'faq_article', id },
        data: { slug: row.slug, language: row.language, published: row.published, changed },
      });
      return row;
    });
  } catch (error) {
    throw slugConflict(error, target.slug, target.language);
  }
}
