/** All SQL of Meta webhook deliveries and of finding the channel a delivery is for. */
import type { Executor } from '../../db/database.js';

/** Stores a delivery unless the same body was stored before; undefined means a replay. */
export function insertDelivery(
  db: Executor,
  row: { bodySha256: string; object: 'page' | 'instagram'; payload: unknown },
) {
  return db
    .insertInto('meta_webhook_deliveries')
    .values({ body_sha256: row.bodySha256, object: row.object, payload: JSON.stringify(row.payload) })
    .onConflict((oc) => oc.column('body_sha256').doNothing())
    .returning(['id'])
    .executeTakeFirst();
}

export function findDelivery(db: Executor, id: string) {
  return db.selectFrom('meta_webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The oldest pending delivery (after `afterId`, when given). */
export function firstPendingDelivery(db: Executor, afterId: string | null) {
  let query = db.selectFrom('meta_webhook_deliveries').select('id').where('status', '=', 'pending');
  if (afterId) query = query.where('id', '>', afterId);
  return query.orderBy('id').limit(1).executeTakeFirst();
}

/** Pending deliveries that arrived after this one, oldest first. */
export function listPendingDeliveriesAfter(db: Executor, id: string, limit: number) {
  if (limit <= 0) return Promise.resolve([]);
  return db
    .selectFrom('meta_webhook_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('id', '>', id)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Claims the pending ones of these deliveries until the transaction ends (others hold the rest). */
export function lockPendingDeliveries(trx: Executor, ids: string[]) {
  return trx
    .selectFrom('meta_webhook_deliveries')
    .select(['id'])
    .where('id', 'in', ids)
    .where('status', '=', 'pending')
    .orderBy('id')
    .forUpdate()
    .skipLocked()
    .execute();
}

export function completeDelivery(trx: Executor, id: string, status: 'processed' | 'unmatched', unmatchedIds: string[]) {
  return trx
    .updateTable('meta_webhook_deliveries')
    .set({ status, processed_at: new Date(), unmatched_ids: unmatchedIds })
    .where('id', '=', id)
    .execute();
}

/** The connected channel of this network account (kind + Page id / Instagram user id). */
export function findConnectedChannelsByExternalIds(db: Executor, kind: string, externalIds: string[]) {
  if (externalIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('channels')
    .selectAll()
    .where('kind', '=', kind)
    .where('external_id', 'in', externalIds)
    .where('disconnected_at', 'is', null)
    .execute();
}
