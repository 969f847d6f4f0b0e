/** The tone guide that applies to a channel and language: stored (channel, else workspace) or the default. */
import type { Executor } from '../db/database.js';
import { defaultToneGuide, toneGuideSchema, type ToneGuide, type ToneLanguage } from '../language/tone/check-tone.js';
import { findToneGuide } from './tone-guides.repository.js';

export async function toneGuideFor(
  db: Executor,
  workspaceId: string,
  language: ToneLanguage,
  channelId: string | null,
): Promise<{ guide: ToneGuide; source: 'channel' | 'workspace' | 'default' }> {
  const row = await findToneGuide(db, workspaceId, language, channelId);
  const parsed = row ? toneGuideSchema.safeParse(row.guide) : null;
  if (row && parsed?.success) return { guide: parsed.data, source: row.channel_id ? 'channel' : 'workspace' };
  return { guide: defaultToneGuide(language), source: 'default' };
}
