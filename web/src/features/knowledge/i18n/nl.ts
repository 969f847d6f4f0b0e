import type { KnowledgeMessages } from './en';

/** Nederlands. Same keys as en.ts. */
const nl: KnowledgeMessages = {
  nav: 'Kennisbank',
  title: 'Kennisbank',
  subtitle: 'Opgeslagen antwoorden voor snelle reacties en FAQ-artikelen met een openbare link om te delen.',
  language: 'Taal',
  allLanguages: 'Alle',
  search: 'Zoeken',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  save: 'Opslaan',
  cancel: 'Annuleren',
  tabs: {
    replies: 'Opgeslagen antwoorden',
    faq: 'FAQ-artikelen',
  },
  replies: {
    add: 'Nieuw opgeslagen antwoord',
    empty: 'Nog geen opgeslagen antwoorden in deze taal.',
    editTitle: 'Opgeslagen antwoord',
    title: 'Titel',
    channel: 'Alleen voor kanaal',
    allChannels: 'Alle kanalen',
    onlyChannel: 'Alleen voor {{channel}}',
    body: 'Tekst (inhoud)',
    variables: 'Variabelen',
    variablesHint: 'Klik erop om in te voegen. Wordt ingevuld vanuit het gesprek als het antwoord wordt gebruikt.',
    insert: '{{name}} invoegen',
    variable: {
      author_name: 'de naam van de schrijver',
      author_handle: 'het account van de schrijver',
      agent_name: 'jouw naam',
      workspace_name: 'de organisatie',
      channel_name: 'het kanaal',
    },
    unknownVariables: 'Samtal kent {{names}} niet. Gebruik alleen de variabelen hierboven.',
    preview: 'Voorbeeld met voorbeeldwaarden',
    sampleAuthor: 'Anna de Vries',
  },
  faq: {
    add: 'Nieuw artikel',
    empty: 'Nog geen FAQ-artikelen in deze taal.',
    editTitle: 'FAQ-artikel',
    question: 'Vraag',
    answer: 'Antwoord',
    slug: 'Adres (slug)',
    badSlug: 'Kleine letters, cijfers en streepjes; begint met een letter of cijfer.',
    keywords: 'Trefwoorden',
    keywordsHint:
      'Woorden die mensen voor deze vraag gebruiken; ze helpen het artikel voor te stellen. Druk op Enter na elk.',
    externalUrl: 'Meer lezen (optionele link)',
    externalUrlHint: 'Een pagina op je eigen website met meer informatie.',
    publishedLabel: 'Gepubliceerd',
    publishedHint: 'Gepubliceerde artikelen hebben een openbare pagina en worden aan beantwoorders voorgesteld.',
    published: 'Gepubliceerd',
    draft: 'Concept',
    openPublic: 'De openbare pagina openen',
  },
};

export default nl;
