/** Sending the server-rendered public pages (FAQ, guidelines): the visitor's languages, HTML with caching, a 404 page. */
import type { FastifyReply } from 'fastify';
import { type PageLanguage, visitorLanguages } from '../shared/html.js';

/** ?lang= is read by hand, so a bad value falls back instead of failing the page. */
export function pageLanguages(query: unknown, acceptLanguage: string | undefined): PageLanguage[] {
  const lang = (query as { lang?: unknown }).lang;
  return visitorLanguages(typeof lang === 'string' ? lang : undefined, acceptLanguage);
}

export function sendPage(reply: FastifyReply, page: string, language: string) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-language', language)
    .header('cache-control', 'public, max-age=60')
    .header('vary', 'Accept-Language')
    .send(page);
}

export function sendNotFoundPage(reply: FastifyReply, page: string) {
  return reply.status(404).type('text/html; charset=utf-8').send(page);
}
