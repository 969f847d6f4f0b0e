/** An admin or manager adds an FAQ article (public once published). */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { slugConflict } from './faq-conflict.js';
import { insertArticle } from './faq.repository.js';
import type { ArticleInput } from './knowledge.schema.js';

export async function createFaqArticle(db: Db, workspaceId: string, input: ArticleInput, actor: AuditActor) {
  const values = { ...input, externalUrl: input.externalUrl ?? null };
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await insertArticle(trx, workspaceId, values);
      await recordAudit(trx, {
        workspaceId,
        actor,
        action: 'faq_article.created',
        subject: { type: 'faq_article', id: row.id },
        data: { slug: row.slug, language: row.language, published: row.published },
      });
      return row;
    });
  } catch (error) {
    throw slugConflict(error, values.slug, values.language);
  }
}
