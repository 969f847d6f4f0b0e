/**
 * The public guidelines page: the link a profile bio carries, readable without the web app or a login.
 * Every piece of text goes through escapeHtml; no scripts.
 */
import { escapeHtml, htmlParagraphs } from '../shared/html.js';
import type { GuidelineAction, GuidelineLanguage } from './guidelines.schema.js';
import type { PublicGuidelines } from './public-guidelines.js';

const TEXTS = {
  sv: {
    title: 'Riktlinjer för våra kanaler',
    inForce: (v: number, date: string) => `Version ${v}, gäller sedan ${date}.`,
    older: (v: number, from: string, until: string) => `Version ${v}, gällde från ${from} till ${until}.`,
    olderNote: 'Det här är en äldre version.',
    current: 'Se de riktlinjer som gäller nu',
    whatHappens: 'Vad händer:',
    history: 'Ändringar',
    firstVersion: 'Första versionen.',
    noNote: 'Ingen beskrivning av ändringen.',
    version: 'Version',
    notFound: 'Sidan hittades inte',
    notFoundText: 'Här finns inga publicerade riktlinjer. Sidan kan ha tagits bort eller flyttats.',
  },
  nl: {
    title: 'Huisregels voor onze kanalen',
    inForce: (v: number, date: string) => `Versie ${v}, van kracht sinds ${date}.`,
    older: (v: number, from: string, until: string) => `Versie ${v}, van kracht van ${from} tot ${until}.`,
    olderNote: 'Dit is een oudere versie.',
    current: 'Bekijk de huisregels die nu gelden',
    whatHappens: 'Wat er gebeurt:',
    history: 'Wijzigingen',
    firstVersion: 'Eerste versie.',
    noNote: 'Geen beschrijving van de wijziging.',
    version: 'Versie',
    notFound: 'Pagina niet gevonden',
    notFoundText: 'Hier zijn geen gepubliceerde huisregels. Misschien is de pagina verwijderd of verplaatst.',
  },
  en: {
    title: 'Community guidelines',
    inForce: (v: number, date: string) => `Version ${v}, in force since ${date}.`,
    older: (v: number, from: string, until: string) => `Version ${v}, in force from ${from} until ${until}.`,
    olderNote: 'This is an older version.',
    current: 'See the guidelines in force now',
    whatHappens: 'What happens:',
    history: 'History of changes',
    firstVersion: 'First version.',
    noNote: 'No description of the change.',
    version: 'Version',
    notFound: 'Page not found',
    notFoundText: 'There are no published guidelines here. The page may have been removed or moved.',
  },
} as const;

/** The default action in words, as the person whose post it is would read it. */
export const ACTION_WORDS: Record<GuidelineLanguage, Record<GuidelineAction, string>> = {
  sv: {
    hide: 'Inlägget döljs.',
    remove: 'Inlägget tas bort.',
    warn: 'Du får en påminnelse om reglerna.',
    escalate: 'Inlägget lämnas över till en ansvarig som bedömer det.',
    report_police: 'Vi sparar bevis, tar bort inlägget och polisanmäler.',
  },
  nl: {
    hide: 'Het bericht wordt verborgen.',
    remove: 'Het bericht wordt verwijderd.',
    warn: 'U krijgt een herinnering aan de huisregels.',
    escalate: 'Het bericht wordt voorgelegd aan een verantwoordelijke die het beoordeelt.',
    report_police: 'We bewaren bewijs, verwijderen het bericht en doen aangifte bij de politie.',
  },
  en: {
    hide: 'The post is hidden.',
    remove: 'The post is removed.',
    warn: 'You get a reminder of the guidelines.',
    escalate: 'The post is passed to a responsible person who assesses it.',
    report_police: 'We keep evidence, remove the post and report it to the police.',
  },
};

const LANGUAGE_NAMES: Record<GuidelineLanguage, string> = { sv: 'Svenska', nl: 'Nederlands', en: 'English' };
const LOCALES: Record<GuidelineLanguage, string> = { sv: 'sv-SE', nl: 'nl-NL', en: 'en-GB' };

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#1d232b}
a{color:#1557b0}header{color:#5a6472;font-size:.95rem;margin-bottom:1.5rem}h1{font-size:1.6rem;line-height:1.25}
h2{font-size:1.15rem;margin:1.6rem 0 .3rem}.version{color:#5a6472}.older{background:#fff6db;padding:.6rem .8rem;border-radius:4px}
.action{color:#3b4450}ol.history{padding-left:1.2rem}nav.langs{margin:1rem 0;font-size:.9rem}nav.langs a{margin-right:.8rem}`;

function formatDate(date: Date, language: GuidelineLanguage, timeZone: string) {
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

const pageHref = (slug: string, language: GuidelineLanguage, version?: number) =>
  `/guidelines/${encodeURIComponent(slug)}${version === undefined ? '' : `/v/${version}`}?lang=${language}`;

function layout(language: GuidelineLanguage, title: string, header: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${header ? `<header>${escapeHtml(header)}</header>\n` : ''}<main>
${body}
</main>
</body>
</html>
`;
}

export function renderGuidelinesPage(g: PublicGuidelines): string {
  const { language, workspace } = g;
  const t = TEXTS[language];
  const date = (d: Date) => escapeHtml(formatDate(d, language, workspace.timeZone));
  const isCurrent = g.version === g.latestVersion;
  const ownHref = (l: GuidelineLanguage) => pageHref(workspace.slug, l, isCurrent ? undefined : g.version);
  const langs = (['sv', 'nl', 'en'] as const)
    .filter((l) => l !== language)
    .map((l) => `<a href="${escapeHtml(ownHref(l))}" hreflang="${l}" lang="${l}">${LANGUAGE_NAMES[l]}</a>`)
    .join('');
  const status = isCurrent
    ? `<p class="version">${t.inForce(g.version, date(g.publishedAt))}</p>`
    : `<p class="version older">${t.older(g.version, date(g.publishedAt), date(g.supersededAt ?? g.publishedAt))} ${t.olderNote} <a href="${escapeHtml(pageHref(workspace.slug, language))}">${t.current}</a></p>`;
  const rules = g.rules
    .map(
      (r) => `<section class="rule" id="${escapeHtml(r.key)}">
<h2>${r.number}. ${escapeHtml(r.title)}</h2>
${htmlParagraphs(r.explanation)}
<p class="action"><strong>${t.whatHappens}</strong> ${escapeHtml(ACTION_WORDS[language][r.defaultAction])}</p>
</section>`,
    )
    .join('\n');
  const history = g.history
    .map((h) => {
      const note = h.changeNote || (h.version === 1 ? t.firstVersion : t.noNote);
      const label = `${t.version} ${h.version}`;
      const link =
        h.version === g.version
          ? `<strong>${label}</strong>`
          : `<a href="${escapeHtml(pageHref(workspace.slug, language, h.version === g.latestVersion ? undefined : h.version))}">${label}</a>`;
      return `<li value="${h.version}">${link}, ${date(h.publishedAt)}: ${escapeHtml(note)}</li>`;
    })
    .join('\n');
  const body = `<h1>${t.title}</h1>
${status}
<nav class="langs">${langs}</nav>
${htmlParagraphs(g.intro)}
${rules}
<h2>${t.history}</h2>
<ol class="history" reversed>
${history}
</ol>`;
  return layout(language, `${t.title} – ${workspace.name}`, workspace.name, body);
}

export function renderGuidelinesNotFoundPage(language: GuidelineLanguage): string {
  const t = TEXTS[language];
  return layout(language, t.notFound, '', `<h1>${t.notFound}</h1>\n<p>${t.notFoundText}</p>`);
}
