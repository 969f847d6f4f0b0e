/** Nederlandse teksten van de pagina met huisregels. Dezelfde sleutels als en.ts. */
import type { GuidelinesMessages } from './en';

const nl: GuidelinesMessages = {
  nav: 'Huisregels',
  title: 'Huisregels',
  subtitle:
    'Publiceer waar de grens ligt: wat welkom is, wat niet en wat er dan gebeurt. Elke moderatiemaatregel verwijst naar een van deze regels.',
  readOnly:
    'U kunt de huisregels lezen en ernaar verwijzen bij het modereren; beheerders en managers bewerken en publiceren ze.',
  status: {
    published: 'Versie {{version}} van kracht sinds {{date}}',
    none: 'Nog niet gepubliceerd. Moderatoren kunnen pas optreden als er een versie is gepubliceerd.',
    draft: 'Concept van versie {{version}}, laatst opgeslagen {{date}}',
    newDraft: 'Versie {{version}}, nog niet opgeslagen',
    unsaved: 'Niet-opgeslagen wijzigingen',
  },
  publicLink: {
    title: 'Openbare pagina',
    hint: 'Zet deze link in uw profielbeschrijvingen: iedereen kan de huisregels daar lezen, in het Zweeds, Nederlands of Engels, zonder in te loggen.',
    open: 'Open de openbare pagina',
    notYet: 'De pagina toont de huisregels zodra er een versie is gepubliceerd.',
  },
  intro: {
    label: 'Inleiding',
    hint: 'Wat welkom is (vragen, kritiek, andere meningen) voordat de regels zeggen waar de grens ligt.',
  },
  rules: {
    heading: 'Regels',
    empty: 'Nog geen regels. Begin met het sjabloon of voeg eigen regels toe.',
    template: 'Begin met het sjabloon',
    add: 'Regel toevoegen',
    key: 'Sleutel',
    keyHint: 'Vaste naam om naar te verwijzen, bijv. threats',
    title: 'Titel',
    explanation: 'Uitleg',
    action: 'Wat er gebeurt',
    moveUp: 'Regel {{number}} omhoog',
    moveDown: 'Regel {{number}} omlaag',
    remove: 'Regel {{number}} verwijderen',
    missing: 'Ontbreekt: {{languages}}',
    complete: 'Compleet in alle drie de talen',
  },
  actions: {
    hide: 'Bericht verbergen',
    remove: 'Bericht verwijderen',
    warn: 'Schrijver herinneren',
    escalate: 'Voorleggen aan een verantwoordelijke',
    report_police: 'Bewijs bewaren, verwijderen, aangifte doen',
  },
  changeNote: {
    label: 'Wat is er veranderd',
    hint: 'Te zien in de openbare geschiedenis van wijzigingen.',
  },
  saveDraft: 'Concept opslaan',
  saved: 'Concept opgeslagen.',
  discard: 'Concept weggooien',
  discardConfirm: 'Het concept van versie {{version}} weggooien? De gepubliceerde versie blijft zoals ze is.',
  publish: 'Publiceren',
  publishTitle: 'Versie {{version}} publiceren?',
  publishConfirm:
    'De openbare pagina toont vanaf nu deze versie, en moderatoren verwijzen naar de regels ervan. Eerdere versies blijven in de geschiedenis.',
  publishedOk: 'Versie {{version}} is gepubliceerd.',
  history: {
    title: 'Geschiedenis van wijzigingen',
    empty: 'Nog niets gepubliceerd.',
    entry: 'Versie {{version}}, gepubliceerd {{date}}',
    by: 'door {{name}}',
    firstVersion: 'Eerste versie.',
    noNote: 'Geen beschrijving van de wijziging.',
    view: 'Bekijken',
  },
};

export default nl;
