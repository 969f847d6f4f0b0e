/** Svenska texter för sidan med communityregler. Samma nycklar som en.ts. */
import type { GuidelinesMessages } from './en';

const sv: GuidelinesMessages = {
  nav: 'Communityregler',
  title: 'Communityregler',
  subtitle:
    'Publicera var gränsen går: vad som är välkommet, vad som inte är det och vad som händer då. Varje modereringsåtgärd hänvisar till en av reglerna.',
  readOnly:
    'Du kan läsa reglerna och hänvisa till dem när du modererar; administratörer och chefer redigerar och publicerar dem.',
  status: {
    published: 'Version {{version}} gäller sedan {{date}}',
    none: 'Inte publicerade än. Moderatorer kan agera först när en version är publicerad.',
    draft: 'Utkast till version {{version}}, senast sparat {{date}}',
    newDraft: 'Version {{version}}, inte sparad än',
    unsaved: 'Osparade ändringar',
  },
  publicLink: {
    title: 'Offentlig sida',
    hint: 'Lägg länken i era profilbeskrivningar: där kan vem som helst läsa reglerna på svenska, nederländska eller engelska, utan att logga in.',
    open: 'Öppna den offentliga sidan',
    notYet: 'Sidan visar reglerna när en version är publicerad.',
  },
  intro: {
    label: 'Inledning',
    hint: 'Vad som är välkommet (frågor, kritik, olika åsikter) innan reglerna säger var gränsen går.',
  },
  rules: {
    heading: 'Regler',
    empty: 'Inga regler än. Börja från mallen eller lägg till egna.',
    template: 'Börja från mallen',
    add: 'Lägg till en regel',
    key: 'Nyckel',
    keyHint: 'Fast namn som används vid hänvisning, t.ex. threats',
    title: 'Rubrik',
    explanation: 'Förklaring',
    action: 'Vad som händer',
    moveUp: 'Flytta regel {{number}} uppåt',
    moveDown: 'Flytta regel {{number}} nedåt',
    remove: 'Ta bort regel {{number}}',
    missing: 'Saknas: {{languages}}',
    complete: 'Komplett på alla tre språken',
  },
  actions: {
    hide: 'Dölj inlägget',
    remove: 'Ta bort inlägget',
    warn: 'Påminn skribenten',
    escalate: 'Lämna till en ansvarig',
    report_police: 'Spara bevis, ta bort, polisanmäl',
  },
  changeNote: {
    label: 'Vad som ändrats',
    hint: 'Visas i den offentliga ändringshistoriken.',
  },
  saveDraft: 'Spara utkast',
  saved: 'Utkastet är sparat.',
  discard: 'Släng utkastet',
  discardConfirm: 'Släng utkastet till version {{version}}? Den publicerade versionen förblir som den är.',
  publish: 'Publicera',
  publishTitle: 'Publicera version {{version}}?',
  publishConfirm:
    'Den offentliga sidan visar den här versionen från och med nu, och moderatorer hänvisar till dess regler. Tidigare versioner finns kvar i historiken.',
  publishedOk: 'Version {{version}} är publicerad.',
  history: {
    title: 'Ändringshistorik',
    empty: 'Inget publicerat än.',
    entry: 'Version {{version}}, publicerad {{date}}',
    by: 'av {{name}}',
    firstVersion: 'Första versionen.',
    noNote: 'Ingen beskrivning av ändringen.',
    view: 'Visa',
  },
};

export default sv;
