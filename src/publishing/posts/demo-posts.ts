/**
 * A handful of demo posts per demo workspace: two published in the past, two scheduled in the coming
 * days (with their send jobs, so the calendar is honest), one waiting in review. Nothing is sent now.
 */
import type { Executor } from '../../db/database.js';
import { scheduleVariant } from '../sending/schedule-variant.js';
import * as repo from './posts.repository.js';

const TEXTS: Record<string, string[]> = {
  sv: [
    'Nu är vårens program för biblioteket klart – välkommen in!',
    'Tack till alla som kom på öppet hus i helgen.',
    'Påminnelse: sista dag att lämna synpunkter på detaljplanen är på fredag.',
    'Veckans tips: så sorterar du elavfall rätt.',
    'Meddelande: simhallen har ändrade öppettider under sportlovet.',
  ],
  nl: [
    'Het voorjaarsprogramma staat online – kom gerust langs!',
    'Bedankt aan iedereen die zaterdag op de open dag was.',
    'Herinnering: reageren op het plan kan nog tot en met vrijdag.',
    'Tip van de week: zo scheidt u uw afval goed.',
    'Mededeling: onze winkel heeft aangepaste openingstijden tijdens de feestdagen.',
  ],
  en: [
    'Our spring programme is out – come and see us!',
    'Thank you to everyone who came to the open day.',
    'Reminder: comments on the plan are welcome until Friday.',
    'Tip of the week: how to recycle electronics.',
    'Announcement: changed opening hours during the holidays.',
  ],
};

export async function seedDemoPosts(
  trx: Executor,
  workspace: { id: string; default_language: string },
  channelIds: readonly string[],
  authorId: string | null,
  now = new Date(),
): Promise<void> {
  if (!channelIds.length) return;
  const texts = TEXTS[workspace.default_language] ?? TEXTS.en!;
  const day = 86_400_000;
  const plan = [
    { offset: -5 * day, status: 'published' as const },
    { offset: -2 * day, status: 'published' as const },
    { offset: 2 * day, status: 'scheduled' as const },
    { offset: 4 * day, status: 'scheduled' as const },
    { offset: 6 * day, status: 'in_review' as const },
  ];
  for (const [i, step] of plan.entries()) {
    const at = new Date(Math.floor((now.getTime() + step.offset) / 3_600_000) * 3_600_000);
    const text = texts[i]!;
    const post = await repo.insertPost(trx, workspace.id, authorId, {
      title: text.slice(0, 40),
      campaign: i % 2 ? 'Demo' : null,
      scheduledAt: at,
    });
    await repo.replaceVariants(
      trx,
      post,
      channelIds.map((channelId) => ({ channelId, text, language: workspace.default_language, media: [] })),
    );
    await repo.updatePost(trx, post.id, { status: step.status });
    for (const v of await repo.listVariants(trx, [post.id])) {
      if (step.status === 'scheduled') await scheduleVariant(trx, { id: v.id, workspace_id: workspace.id, due_at: at });
      if (step.status === 'published')
        await trx
          .updateTable('post_variants')
          .set({ status: 'published', due_at: at, published_at: at })
          .where('id', '=', v.id)
          .execute();
    }
  }
}
