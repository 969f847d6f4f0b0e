import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import type { Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { captureEvidence, listEvidenceForItem } from './capture-evidence.js';
import { presentEvidenceSummary } from './evidence.presenter.js';
import {
  CaptureEvidenceBody,
  EvidenceArtifactParams,
  EvidenceListQuery,
  EvidenceRecordParams,
  EvidenceWorkspaceParams,
} from './evidence.schema.js';
import { downloadArtifact, viewEvidenceRecord } from './evidence-views.js';
import { verifyEvidenceChain } from './verify-evidence-chain.js';

const MODERATORS: readonly Role[] = ['admin', 'manager', 'moderator'];
const tags = ['evidence'];
const base = '/api/workspaces/:workspaceId/evidence';

export function evidenceRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      base,
      {
        config: { access: { roles: MODERATORS } },
        schema: {
          summary: "An item's evidence records, newest first",
          tags,
          params: EvidenceWorkspaceParams,
          querystring: EvidenceListQuery,
        },
      },
      async (request) => ({ records: await listEvidenceForItem(ctx.db, request.workspace!.id, request.query.itemId) }),
    );

    app.post(
      base,
      {
        config: { access: { roles: MODERATORS } },
        schema: {
          summary: 'Capture evidence of an item now (on demand)',
          tags,
          params: EvidenceWorkspaceParams,
          body: CaptureEvidenceBody,
        },
      },
      async (request, reply) => {
        const record = await captureEvidence(ctx, {
          workspaceId: request.workspace!.id,
          itemId: request.body.itemId,
          actor: userActor(request.user!),
          reason: onDemandReason(request.body.reason),
        });
        return reply.code(201).send({ record: presentEvidenceSummary(record) });
      },
    );

    app.post(
      `${base}/verify`,
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: {
          summary: "Recompute this workspace's evidence chain and name the first broken record",
          tags,
          params: EvidenceWorkspaceParams,
        },
      },
      async (request) => verifyEvidenceChain(ctx.db, request.workspace!.id),
    );

    app.get(
      `${base}/:recordId`,
      {
        config: { access: { roles: MODERATORS } },
        schema: {
          summary: 'An evidence record with its chain of custody (the view is logged)',
          tags,
          params: EvidenceRecordParams,
        },
      },
      async (request) =>
        viewEvidenceRecord(ctx.db, request.workspace!.id, request.params.recordId, userActor(request.user!)),
    );

    app.get(
      `${base}/:recordId/artifacts/:position`,
      {
        config: { access: { roles: MODERATORS } },
        schema: {
          summary: 'The stored bytes of one artifact (the download is logged)',
          tags,
          params: EvidenceArtifactParams,
        },
      },
      async (request, reply) => {
        const artifact = await downloadArtifact(
          ctx.db,
          request.workspace!.id,
          request.params.recordId,
          request.params.position,
          userActor(request.user!),
        );
        const disposition = artifact.content_type === 'image/png' ? 'inline' : 'attachment';
        return reply
          .header('content-type', artifact.content_type)
          .header('content-disposition', `${disposition}; filename="${artifact.filename.replace(/[^\w.-]/g, '_')}"`)
          .header('x-content-sha256', artifact.sha256)
          .header('cache-control', 'private, no-store')
          .send(artifact.content);
      },
    );
  };
}

/** 'on demand: <why>', without saying "on demand" twice when the client already did. */
function onDemandReason(reason: string): string {
  return /^on demand\b/i.test(reason) ? reason : `on demand: ${reason}`;
}
