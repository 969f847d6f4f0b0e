/** Police-report packages (contract: issue 6, section D). */
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { MODERATORS } from '../guidelines/guidelines.routes.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import type { PageLanguage } from '../shared/html.js';
import { createPoliceReport } from './create-police-report.js';
import { downloadPoliceReport, type ReportFile } from './download-police-report.js';
import { defaultJurisdiction, offenceCategories } from './offence-categories.js';
import { presentCustodyEvent, presentReport } from './police-reports.presenter.js';
import * as repo from './police-reports.repository.js';
import {
  CreatePoliceReportBody,
  OffenceCategoriesQuery,
  ReportParams,
  WorkspaceParams,
} from './police-reports.schema.js';

const tags = ['police-reports'];
const base = '/api/workspaces/:workspaceId/police-reports';
const LANGUAGES: readonly string[] = ['sv', 'nl', 'en'];

export function policeReportsRoutes(ctx: AppContext) {
  return async (app: App) => {
    const config = { access: { roles: MODERATORS } };

    app.post(
      base,
      {
        config,
        schema: {
          summary: 'Make a police-report package (PDF + ZIP with the evidence and a manifest of hashes)',
          tags,
          params: WorkspaceParams,
          body: CreatePoliceReportBody,
        },
      },
      async (request, reply) => {
        const row = await createPoliceReport(
          ctx,
          { workspaceId: request.workspace!.id, actor: userActor(request.user!), userId: request.user!.userId },
          request.body,
        );
        return reply.code(201).send({ report: presentReport(row) });
      },
    );

    app.get(
      base,
      { config, schema: { summary: 'Police-report packages, newest first', tags, params: WorkspaceParams } },
      async (request) => ({ reports: (await repo.listReports(ctx.db, request.workspace!.id)).map(presentReport) }),
    );

    app.get(
      `${base}/offence-categories`,
      {
        config,
        schema: {
          summary: 'Offence categories with their names and penal-code provisions',
          tags,
          params: WorkspaceParams,
          querystring: OffenceCategoriesQuery,
        },
      },
      async (request) => {
        const ws = request.workspace!;
        const language = request.query.language ?? (LANGUAGES.includes(ws.defaultLanguage) ? ws.defaultLanguage : 'en');
        const jurisdiction = request.query.jurisdiction ?? defaultJurisdiction(ws.country);
        return { categories: offenceCategories(jurisdiction, language as PageLanguage) };
      },
    );

    app.get(
      `${base}/:reportId`,
      { config, schema: { summary: 'One police report with its chain of custody', tags, params: ReportParams } },
      async (request) => {
        const row = await repo.findReport(ctx.db, request.workspace!.id, request.params.reportId);
        if (!row) throw notFound('This police report');
        const custody = await repo.listReportCustody(ctx.db, row.id);
        return { report: presentReport(row), custody: custody.map(presentCustodyEvent) };
      },
    );

    const download = (file: ReportFile, summary: string) =>
      app.get(
        `${base}/:reportId/${file === 'zip' ? 'package' : 'pdf'}`,
        { config, schema: { summary, tags, params: ReportParams } },
        async (request, reply) => {
          const result = await downloadPoliceReport(
            ctx,
            { workspaceId: request.workspace!.id, reportId: request.params.reportId, actor: userActor(request.user!) },
            file,
          );
          return sendFile(reply, file, result);
        },
      );
    download('zip', 'Download the package (ZIP); logged on the chain of custody');
    download('pdf', 'Download the report (PDF); logged on the chain of custody');
  };
}

function sendFile(reply: FastifyReply, file: ReportFile, result: { reference: string; bytes: Buffer; sha256: string }) {
  return reply
    .type(file === 'zip' ? 'application/zip' : 'application/pdf')
    .header('content-disposition', `attachment; filename="${result.reference}.${file}"`)
    .header('cache-control', 'no-store')
    .header('x-content-sha256', result.sha256)
    .send(result.bytes);
}
