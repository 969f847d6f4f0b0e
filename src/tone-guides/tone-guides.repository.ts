/** All SQL of tone-of-voice guides: one per workspace, language and channel (null = every channel). */
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

/** The channel's own guide for the language, else the workspace-wide one. */
export function findToneGuide(db: Executor, workspaceId: string, language: string, channelId: string | null) {
  let query = db
    .selectFrom('tone_guides')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('language', '=', language);
  query = channelId
    ? query.where((eb) => eb.or([eb('channel_id', '=', channelId), eb('channel_id', 'is', null)]))
    : query.where('channel_id', 'is', null);
  return query
    .orderBy(sql`channel_id IS NULL`)
    .limit(1)
    .executeTakeFirst();
}

export function upsertToneGuide(
  db: Executor,
  row: { workspaceId: string; channelId: string | null; language: string; guide: unknown },
) {
  return db
    .insertInto('tone_guides')
    .values({
      workspace_id: row.workspaceId,
      channel_id: row.channelId,
      language: row.language,
      guide: JSON.stringify(row.guide),
    })
    .onConflict((oc) =>
      oc
        .expression(sql`workspace_id, coalesce(channel_id, '00000000-0000-0000-0000-000000000000'::uuid), language`)
        .doUpdateSet({ guide: (eb) => eb.ref('excluded.guide'), updated_at: new Date() }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
