/**
 * The public FAQ as small server-rendered pages: the link we put in replies must work for anyone,
 * without the web app or a login. Every piece of text goes through escapeHtml; no scripts.
 */
import { escapeHtml, htmlParagraphs, visitorLanguages } from '../shared/html.js';
import type { KnowledgeLanguage } from './knowledge.schema.js';

export { escapeHtml, visitorLanguages };

const TEXTS = {
  sv: {
    faq: 'Vanliga frågor',
    all: 'Alla frågor',
    more: 'Läs mer',
    none: 'Det finns inga frågor här ännu.',
    notFound: 'Sidan hittades inte',
    notFoundText: 'Vi hittar ingen sådan sida. Den kan ha tagits bort eller flyttats.',
  },
  nl: {
    faq: 'Veelgestelde vragen',
    all: 'Alle vragen',
    more: 'Lees meer',
    none: 'Er zijn hier nog geen vragen.',
    notFound: 'Pagina niet gevonden',
    notFoundText: 'Deze pagina bestaat niet. Misschien is ze verwijderd of verplaatst.',
  },
  en: {
    faq: 'Frequently asked questions',
    all: 'All questions',
    more: 'Read more',
    none: 'There are no questions here yet.',
    notFound: 'Page not found',
    notFoundText: 'There is no such page. It may have been removed or moved.',
  },
} satisfies Record<KnowledgeLanguage, Record<string, string>>;

const LANGUAGE_NAMES: Record<KnowledgeLanguage, string> = { sv: 'Svenska', nl: 'Nederlands', en: 'English' };

function paragraphs(text: string): string {
  return htmlParagraphs(text);
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1d232b}
a{color:#1557b0}header{color:#5a6472;font-size:.95rem;margin-bottom:1.5rem}h1{font-size:1.6rem;line-height:1.25}
ul.faq{padding-left:1.2rem}ul.faq li{margin:.4rem 0}nav.langs{margin-top:2rem;font-size:.9rem}nav.langs a{margin-right:.8rem}`;

function layout(language: KnowledgeLanguage, title: string, workspaceName: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(workspaceName)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>${escapeHtml(workspaceName)}</header>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface PageWorkspace {
  slug: string;
  name: string;
}

const listHref = (workspace: PageWorkspace, language: string) =>
  `/faq/${encodeURIComponent(workspace.slug)}?lang=${encodeURIComponent(language)}`;

export function renderArticlePage(
  workspace: PageWorkspace,
  article: { language: KnowledgeLanguage; question: string; answer: string; externalUrl: string | null },
): string {
  const t = TEXTS[article.language];
  const more = article.externalUrl
    ? `<p><a href="${escapeHtml(article.externalUrl)}" rel="noopener noreferrer nofollow">${t.more}</a></p>`
    : '';
  const body = `<article>
<h1>${escapeHtml(article.question)}</h1>
${paragraphs(article.answer)}
${more}
</article>
<p><a href="${escapeHtml(listHref(workspace, article.language))}">${t.all}</a></p>`;
  return layout(article.language, article.question, workspace.name, body);
}

export function renderListPage(
  workspace: PageWorkspace,
  language: KnowledgeLanguage,
  articles: Array<{ slug: string; question: string; language: string }>,
  otherLanguages: KnowledgeLanguage[],
): string {
  const t = TEXTS[language];
  const items = articles
    .map((a) => {
      const href = `/faq/${encodeURIComponent(workspace.slug)}/${encodeURIComponent(a.slug)}?lang=${encodeURIComponent(a.language)}`;
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(a.question)}</a></li>`;
    })
    .join('\n');
  const langs = otherLanguages.length
    ? `<nav class="langs">${otherLanguages
        .map(
          (l) => `<a href="${escapeHtml(listHref(workspace, l))}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l]}</a>`,
        )
        .join('')}</nav>`
    : '';
  const body = `<h1>${t.faq}</h1>
${articles.length ? `<ul class="faq">\n${items}\n</ul>` : `<p>${t.none}</p>`}
${langs}`;
  return layout(language, t.faq, workspace.name, body);
}

export function renderNotFoundPage(language: KnowledgeLanguage): string {
  const t = TEXTS[language];
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.notFound}</title><style>${STYLE}</style></head>
<body><main><h1>${t.notFound}</h1><p>${t.notFoundText}</p></main></body>
</html>
`;
}

/**
 * The visitor's languages in order of preference: ?lang= first, then Accept-Language by quality,
 * reduced to the ones we publish in.
 */
