/** Reading and replacing a tone guide; the channel must be the workspace's own. */
import type { AppContext } from '../app/context.js';
import { recordAudit, type AuditActor } from '../audit/record-audit.js';
import * as channelsRepo from '../channels/channels.repository.js';
import { badRequest, notFound } from '../http/errors.js';
import type { ToneGuide, ToneLanguage } from '../language/tone/check-tone.js';
import { toneGuideFor } from './tone-guide-for.js';
import { upsertToneGuide } from './tone-guides.repository.js';

type Deps = Pick<AppContext, 'db'>;

async function checkChannel(deps: Deps, workspaceId: string, channelId: string | null) {
  if (channelId && !(await channelsRepo.findChannel(deps.db, workspaceId, channelId))) throw notFound('The channel');
}

export async function getToneGuide(deps: Deps, workspaceId: string, language: ToneLanguage, channelId: string | null) {
  await checkChannel(deps, workspaceId, channelId);
  const { guide, source } = await toneGuideFor(deps.db, workspaceId, language, channelId);
  return { language, channelId, source, guide };
}

export async function saveToneGuide(
  deps: Deps,
  request: { workspaceId: string; language: ToneLanguage; channelId: string | null; actor: AuditActor },
  guide: ToneGuide,
) {
  if (guide.language !== request.language) {
    throw badRequest(`The guide is for "${guide.language}" but was saved as "${request.language}".`);
  }
  await checkChannel(deps, request.workspaceId, request.channelId);
  await deps.db.transaction().execute(async (trx) => {
    const row = await upsertToneGuide(trx, { ...request, guide });
    await recordAudit(trx, {
      workspaceId: request.workspaceId,
      actor: request.actor,
      action: 'tone_guide.saved',
      subject: { type: 'tone_guide', id: row.id },
      data: { language: request.language, channelId: request.channelId },
    });
  });
  return {
    language: request.language,
    channelId: request.channelId,
    source: request.channelId ? 'channel' : 'workspace',
    guide,
  };
}
