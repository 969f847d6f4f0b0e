/** The guidelines without login: HTML pages for the link in profile bios, and the same content as JSON. */
import { pageLanguages, sendNotFoundPage, sendPage } from '../http/public-page.js';
import type { AppContext } from '../app/context.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { visitorLanguages } from '../shared/html.js';
import { publicGuidelinesUrl } from './cite-rule.js';
import { renderGuidelinesNotFoundPage, renderGuidelinesPage } from './guidelines-page.js';
import {
  PublicGuidelinesParams,
  PublicGuidelinesQuery,
  PublicGuidelinesResponse,
  PublicVersionParams,
} from './guidelines.schema.js';
import { findPublicGuidelines } from './public-guidelines.js';

export function publicGuidelinesRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/public/guidelines/:workspaceSlug',
      {
        config: { access: 'public' },
        schema: {
          summary: "A workspace's community guidelines in force, with their history (no login)",
          tags: ['guidelines'],
          params: PublicGuidelinesParams,
          querystring: PublicGuidelinesQuery,
          response: { 200: PublicGuidelinesResponse },
        },
      },
      async (request) => {
        const preferred = visitorLanguages(request.query.language, request.headers['accept-language']);
        const found = await findPublicGuidelines(ctx.db, request.params.workspaceSlug, preferred);
        if (!found) throw notFound('The community guidelines');
        return {
          workspace: { name: found.workspace.name, slug: found.workspace.slug },
          language: found.language,
          version: found.version,
          publishedAt: found.publishedAt.toISOString(),
          intro: found.intro,
          rules: found.rules,
          history: found.history.map((h) => ({ ...h, publishedAt: h.publishedAt.toISOString() })),
          url: publicGuidelinesUrl(ctx.config.publicUrl, found.workspace.slug, found.language),
        };
      },
    );

    // HTML pages: ?lang= is read by hand, so a bad value falls back instead of failing the page.
    app.get(
      '/guidelines/:workspaceSlug',
      { config: { access: 'public' }, schema: { hide: true, params: PublicGuidelinesParams } },
      async (request, reply) => {
        const preferred = pageLanguages(request.query, request.headers['accept-language']);
        const found = await findPublicGuidelines(ctx.db, request.params.workspaceSlug, preferred);
        if (!found) return sendNotFoundPage(reply, renderGuidelinesNotFoundPage(preferred[0] ?? 'en'));
        return sendPage(reply, renderGuidelinesPage(found), found.language);
      },
    );

    app.get(
      '/guidelines/:workspaceSlug/v/:version',
      { config: { access: 'public' }, schema: { hide: true, params: PublicVersionParams } },
      async (request, reply) => {
        const preferred = pageLanguages(request.query, request.headers['accept-language']);
        const version = /^[1-9]\d{0,8}$/.test(request.params.version) ? Number(request.params.version) : null;
        const found =
          version === null
            ? null
            : await findPublicGuidelines(ctx.db, request.params.workspaceSlug, preferred, version);
        if (!found) return sendNotFoundPage(reply, renderGuidelinesNotFoundPage(preferred[0] ?? 'en'));
        return sendPage(reply, renderGuidelinesPage(found), found.language);
      },
    );
  };
}
