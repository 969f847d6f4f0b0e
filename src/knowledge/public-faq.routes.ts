/** The FAQ without login: HTML pages for the links in replies, and the same content as JSON. */
import { pageLanguages, sendNotFoundPage, sendPage } from '../http/public-page.js';
import type { AppContext } from '../app/context.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { renderArticlePage, renderListPage, renderNotFoundPage } from './faq-page.js';
import { articleUrl } from './knowledge.presenter.js';
import {
  type KnowledgeLanguage,
  PublicArticleParams,
  PublicFaqParams,
  PublicFaqQuery,
  PublicFaqResponse,
} from './knowledge.schema.js';
import { findPublicArticle, findPublicList, listPublicFaq } from './public-faq.js';

export function publicFaqRoutes(ctx: AppContext) {
  return async (app: App) => {
    app.get(
      '/api/public/faq/:workspaceSlug',
      {
        config: { access: 'public' },
        schema: {
          summary: "A workspace's published FAQ articles (no login)",
          tags: ['knowledge'],
          params: PublicFaqParams,
          querystring: PublicFaqQuery,
          response: { 200: PublicFaqResponse },
        },
      },
      async (request) => {
        const found = await listPublicFaq(ctx.db, request.params.workspaceSlug, request.query.language);
        if (!found) throw notFound('The FAQ');
        const { workspace, articles } = found;
        const site = { slug: workspace.slug, defaultLanguage: workspace.defaultLanguage };
        return {
          workspace: { name: workspace.name, slug: workspace.slug },
          articles: articles.map((a) => ({
            slug: a.slug,
            language: a.language as KnowledgeLanguage,
            question: a.question,
            answer: a.answer,
            externalUrl: a.external_url,
            url: articleUrl(ctx.config.publicUrl, site, a),
            updatedAt: new Date(a.updated_at).toISOString(),
          })),
        };
      },
    );

    // HTML pages: ?lang= is read by hand, so a bad value falls back instead of failing the page.
    app.get(
      '/faq/:workspaceSlug',
      { config: { access: 'public' }, schema: { hide: true, params: PublicFaqParams } },
      async (request, reply) => {
        const preferred = pageLanguages(request.query, request.headers['accept-language']);
        const found = await findPublicList(ctx.db, request.params.workspaceSlug, preferred);
        if (!found) return sendNotFoundPage(reply, renderNotFoundPage(preferred[0] ?? 'en'));
        const page = renderListPage(found.workspace, found.language, found.articles, found.otherLanguages);
        return sendPage(reply, page, found.language);
      },
    );

    app.get(
      '/faq/:workspaceSlug/:slug',
      { config: { access: 'public' }, schema: { hide: true, params: PublicArticleParams } },
      async (request, reply) => {
        const preferred = pageLanguages(request.query, request.headers['accept-language']);
        const found = await findPublicArticle(ctx.db, request.params.workspaceSlug, request.params.slug, preferred);
        if (!found) return sendNotFoundPage(reply, renderNotFoundPage(preferred[0] ?? 'en'));
        const article = found.article;
        const language = article.language as KnowledgeLanguage;
        const page = renderArticlePage(found.workspace, {
          language,
          question: article.question,
          answer: article.answer,
          externalUrl: article.external_url,
        });
        return sendPage(reply, page, language);
      },
    );
  };
}
