import type { AppContext } from '../app/context.js';
import type { App } from '../http/app.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { presentAuditEntry } from './audit.presenter.js';
import { AuditPageResponse, AuditQuery, AuditVerificationResponse } from './audit.schema.js';
import { listAuditPage } from './list-audit-page.js';
import { verifyAuditChain } from './verify-audit-chain.js';

export function auditRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/audit',
      {
        config: { access: { roles: ['admin', 'manager'] } },
        schema: {
          summary: 'The audit log, newest first; pass nextBefore as `before` for older entries',
          tags: ['audit'],
          params: WorkspaceParams,
          querystring: AuditQuery,
          response: { 200: AuditPageResponse },
        },
      },
      async (request) => {
        const page = await listAuditPage(ctx.db, request.workspace!.id, request.query);
        return { entries: page.entries.map(presentAuditEntry), nextBefore: page.nextBefore };
      },
    );

    app.post(
      '/api/workspaces/:workspaceId/audit/verify',
      {
        config: { access: { roles: ['admin'] } },
        schema: {
          summary: 'Recompute the hash chain and name the first entry that was changed, if any',
          tags: ['audit'],
          params: WorkspaceParams,
          response: { 200: AuditVerificationResponse },
        },
      },
      async (request) => verifyAuditChain(ctx.db, request.workspace!.id),
    );
  };
}
