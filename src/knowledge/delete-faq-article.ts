/** An admin or manager removes an FAQ article (its public link then answers 404). */
import type { AuditActor } from '../audit/record-audit.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { deleteArticle, findArticle } from './faq.repository.js';

export async function deleteFaqArticle(db: Db, workspaceId: string, id: string, actor: AuditActor) {
  await db.transaction().execute(async (trx) => {
    const row = await findArticle(trx, workspaceId, id, { lock: true });
    if (!row) throw notFound('The article');
    await deleteArticle(trx, workspaceId, id);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'faq_article.deleted',
      subject: { type: 'faq_article', id },
      data: { slug: row.slug, language: row.language },
    });
  });
}
