import { z } from 'zod';
import type { AppContext } from '../app/context.js';
import { userActor } from '../audit/audit-actor.js';
import { ANSWERERS_AND_REVIEWERS, ANY_ROLE, type Role } from '../auth/roles.js';
import type { App } from '../http/app.js';
import { notFound } from '../http/errors.js';
import { WorkspaceParams } from '../workspaces/workspaces.schema.js';
import { createFaqArticle } from './create-faq-article.js';
import { deleteFaqArticle } from './delete-faq-article.js';
import { findWorkspaceForFaq, listArticles } from './faq.repository.js';
import { articleUrl, presentArticle } from './knowledge.presenter.js';
import {
  ArticleParams,
  ArticleQuery,
  ArticleResponse,
  ArticlesResponse,
  CreateArticleBody,
  SuggestionsQuery,
  SuggestionsResponse,
  UpdateArticleBody,
} from './knowledge.schema.js';
import { suggestFaq } from './suggest-faq.js';
import { updateFaqArticle } from './update-faq-article.js';

const EDITORS: readonly Role[] = ['admin', 'manager'];
const Ok = z.object({ ok: z.literal(true) });

export function faqRoutes(ctx: AppContext) {
  /** Public links of a workspace's articles. */
  const linker = async (workspaceId: string) => {
    const ws = await findWorkspaceForFaq(ctx.db, { id: workspaceId });
    if (!ws) throw notFound('The workspace');
    const site = { slug: ws.slug, defaultLanguage: ws.default_language };
    return (article: { slug: string; language: string }) => articleUrl(ctx.config.publicUrl, site, article);
  };

  return async (app: App) => {
    app.get(
      '/api/workspaces/:workspaceId/faq',
      {
        config: { access: { roles: ANY_ROLE } },
        schema: {
          summary: 'FAQ articles, with their public links',
          tags: ['knowledge'],
          params: WorkspaceParams,
          querystring: ArticleQuery,
          response: { 200: ArticlesResponse },
        },
      },
      async (request) => {
        const { language, published } = request.query;
        const rows = await listArticles(ctx.db, request.workspace!.id, {
          language,
          published: published === undefined ? undefined : published === 'true',
        });
        const url = await linker(request.workspace!.id);
        return { articles: rows.map((row) => presentArticle(row, url(row))) };
      },
    );

    app.get(
      '/api/workspaces/:workspaceId/faq/suggestions',
      {
        config: { access: { roles: ANSWERERS_AND_REVIEWERS } },
        schema: {
          summary:
            "Articles that answer a text or a conversation's latest unanswered item, best first, its language first",
          tags: ['knowledge'],
          params: WorkspaceParams,
          querystring: SuggestionsQuery,
          response: { 200: SuggestionsResponse },
        },
      },
      async (request) =>
        suggestFaq(ctx.db, { workspaceId: request.workspace!.id, publicUrl: ctx.config.publicUrl, ...request.query }),
    );

    app.post(
      '/api/workspaces/:workspaceId/faq',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Add an FAQ article (slug unique per language)',
          tags: ['knowledge'],
          params: WorkspaceParams,
          body: CreateArticleBody,
          response: { 201: ArticleResponse },
        },
      },
      async (request, reply) => {
        const row = await createFaqArticle(ctx.db, request.workspace!.id, request.body, userActor(request.user!));
        const url = await linker(request.workspace!.id);
        return reply.status(201).send({ article: presentArticle(row, url(row)) });
      },
    );

    app.patch(
      '/api/workspaces/:workspaceId/faq/:articleId',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Edit an FAQ article',
          tags: ['knowledge'],
          params: ArticleParams,
          body: UpdateArticleBody,
          response: { 200: ArticleResponse },
        },
      },
      async (request) => {
        const row = await updateFaqArticle(
          ctx.db,
          request.workspace!.id,
          request.params.articleId,
          request.body,
          userActor(request.user!),
        );
        const url = await linker(request.workspace!.id);
        return { article: presentArticle(row, url(row)) };
      },
    );

    app.delete(
      '/api/workspaces/:workspaceId/faq/:articleId',
      {
        config: { access: { roles: EDITORS } },
        schema: {
          summary: 'Remove an FAQ article',
          tags: ['knowledge'],
          params: ArticleParams,
          response: { 200: Ok },
        },
      },
      async (request) => {
        await deleteFaqArticle(ctx.db, request.workspace!.id, request.params.articleId, userActor(request.user!));
        return { ok: true as const };
      },
    );
  };
}
