/**
 * Published community guidelines for the demo workspaces: version 1 a while ago, version 2 (one more
 * rule) now, so the public page shows a history. Idempotent: a workspace with any version is left alone.
 */
import { type AuditActor, recordAudit } from '../audit/record-audit.js';
import type { Executor } from '../db/database.js';
import { DEFAULT_GUIDELINE_RULES } from './default-guideline-rules.js';
import * as repo from './guidelines.repository.js';
import type { TextMap } from './guidelines.schema.js';

const EKEBY_INTRO: TextMap = {
  sv:
    'Ekeby kommun finns på Facebook och Instagram för att informera och svara på frågor om kommunens verksamhet. ' +
    'Här får du ställa frågor, tycka till och kritisera kommunens beslut – det är en del av demokratin, ' +
    'och vi tar inte bort inlägg för att de är kritiska mot kommunen.\n\n' +
    'För att alla ska kunna delta gäller reglerna nedan. När vi döljer eller tar bort ett inlägg hänvisar vi alltid till en av dem. ' +
    'Tänk på att det du skriver till kommunen kan bli en allmän handling. ' +
    'Gäller din fråga dig personligen? Skriv till oss i ett privat meddelande eller ring kommunens kontaktcenter.',
  nl:
    'De gemeente Ekeby is op Facebook en Instagram om te informeren en vragen over het werk van de gemeente te beantwoorden. ' +
    'U mag hier vragen stellen, uw mening geven en kritiek hebben op besluiten van de gemeente – dat hoort bij de democratie, ' +
    'en we verwijderen geen berichten omdat ze kritisch zijn over de gemeente.\n\n' +
    'Zodat iedereen kan meedoen, gelden de regels hieronder. Als we een bericht verbergen of verwijderen, verwijzen we altijd naar een van deze regels. ' +
    'Houd er rekening mee dat wat u aan de gemeente schrijft een openbaar document kan worden. ' +
    'Gaat uw vraag over uzelf? Stuur ons een privébericht of bel het klantcontactcentrum van de gemeente.',
  en:
    'Ekeby Municipality is on Facebook and Instagram to inform and to answer questions about the work of the municipality. ' +
    "You are welcome to ask questions, share your views and criticise the municipality's decisions – that is part of democracy, " +
    'and we do not remove posts for being critical of the municipality.\n\n' +
    'So that everyone can take part, the rules below apply. Whenever we hide or remove a post, we cite one of them. ' +
    'Please note that what you write to the municipality may become an official public document. ' +
    'Is your question about you personally? Send us a private message or call the municipal contact centre.',
};

const VANDIJK_INTRO: TextMap = {
  sv:
    'Van Dijk Fietsen finns på Facebook och Instagram för frågor om cyklar, service, garanti och beställningar. ' +
    'Både beröm och klagomål är välkomna – kritik mot vår service läser vi gärna, och den får stå kvar.\n\n' +
    'För att alla ska trivas här gäller reglerna nedan. När vi döljer eller tar bort en kommentar hänvisar vi alltid till en av dem. ' +
    'Gäller det din beställning eller reparation? Skicka ett privat meddelande med ditt ordernummer, så tittar vi på det.',
  nl:
    'Van Dijk Fietsen is er op Facebook en Instagram voor vragen over fietsen, onderhoud, garantie en bestellingen. ' +
    'Complimenten en klachten zijn allebei welkom – kritiek op onze service lezen we graag, en die laten we gewoon staan.\n\n' +
    'Zodat iedereen hier prettig kan meepraten, gelden de huisregels hieronder. Als we een reactie verbergen of verwijderen, noemen we altijd de regel. ' +
    'Gaat het over uw bestelling of reparatie? Stuur ons een privébericht met uw ordernummer, dan zoeken we het voor u uit.',
  en:
    'Van Dijk Fietsen is on Facebook and Instagram for questions about bikes, servicing, warranty and orders. ' +
    'Praise and complaints are both welcome – we are glad to read criticism of our service, and it stays up.\n\n' +
    'So that everyone enjoys being here, the house rules below apply. Whenever we hide or remove a comment, we name the rule. ' +
    'Is it about your order or repair? Send us a private message with your order number and we will look into it.',
};

const V2_NOTE: TextMap = {
  sv: 'Ny regel 7 om olagligt innehåll, som förtal och olaga integritetsintrång.',
  nl: 'Nieuwe regel 7 over illegale inhoud, zoals smaad, laster en het verspreiden van privébeelden.',
  en: 'New rule 7 on illegal content, such as defamation and unlawful invasion of privacy.',
};

const EMPTY: TextMap = { sv: '', nl: '', en: '' };
/** By demo workspace slug (src/demo/demo-data.ts). */
const DEMO_INTROS: Record<string, TextMap> = { ekeby: EKEBY_INTRO, vandijk: VANDIJK_INTRO };
const V1_AGE_DAYS = 45;

/** Returns the number of versions published (2 on the first run, 0 after). */
export async function seedDemoGuidelines(trx: Executor, workspaceId: string, workspaceSlug: string, actor: AuditActor) {
  const intro = DEMO_INTROS[workspaceSlug];
  if (!intro) return 0;
  if ((await repo.findLatestPublished(trx, workspaceId)) || (await repo.findDraft(trx, workspaceId))) return 0;
  const v1Rules = DEFAULT_GUIDELINE_RULES.filter((r) => r.key !== 'illegal_content');
  const versions = [
    { intro, rules: v1Rules, changeNote: EMPTY, at: new Date(Date.now() - V1_AGE_DAYS * 86_400_000) },
    { intro, rules: DEFAULT_GUIDELINE_RULES, changeNote: V2_NOTE, at: new Date() },
  ];
  for (const [index, { at, ...values }] of versions.entries()) {
    const draft = await repo.insertDraft(trx, workspaceId, index + 1, values);
    const row = await repo.markPublished(trx, draft.id, null, at);
    await recordAudit(trx, {
      workspaceId,
      actor,
      action: 'guidelines.published',
      subject: { type: 'guideline_version', id: row.id },
      data: { version: row.version, rules: row.rules.map((r) => `${r.number}:${r.key}`), demo: true },
    });
  }
  return versions.length;
}
