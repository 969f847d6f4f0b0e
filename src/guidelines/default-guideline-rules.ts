/** The template rules: what a new workspace starts from ("start from the template") and what the demo publishes. */
import type { GuidelineRule, TextMap } from './guidelines.schema.js';

/** A general introduction: what is welcome, before the rules say where the line goes. */
export const DEFAULT_GUIDELINE_INTRO: TextMap = {
  sv:
    'Vi vill att våra kanaler ska vara en plats där alla kan ställa frågor, tycka till och diskutera. ' +
    'Kritik, frågor och olika åsikter är välkomna – också skarp kritik mot oss och mot våra beslut. ' +
    'Vi tar inte bort inlägg för att de är obekväma för oss.\n\n' +
    'Här beskriver vi var gränsen går och vad som händer när den passeras. ' +
    'När vi döljer eller tar bort ett inlägg hänvisar vi alltid till en av reglerna nedan.',
  nl:
    'We willen dat onze kanalen een plek zijn waar iedereen vragen kan stellen, zijn mening kan geven en kan meepraten. ' +
    'Kritiek, vragen en andere meningen zijn welkom – ook scherpe kritiek op ons en onze besluiten. ' +
    'We verwijderen geen berichten omdat ze ons niet goed uitkomen.\n\n' +
    'Hier staat waar de grens ligt en wat er gebeurt als die wordt overschreden. ' +
    'Als we een bericht verbergen of verwijderen, verwijzen we altijd naar een van de regels hieronder.',
  en:
    'We want our channels to be a place where everyone can ask questions, give their opinion and take part in the discussion. ' +
    'Criticism, questions and differing views are welcome – including sharp criticism of us and of our decisions. ' +
    'We do not remove posts because they are inconvenient for us.\n\n' +
    'This page explains where the line is and what happens when it is crossed. ' +
    'Whenever we hide or remove a post, we cite one of the rules below.',
};

export const DEFAULT_GUIDELINE_RULES: GuidelineRule[] = [
  {
    key: 'threats',
    number: 1,
    title: {
      sv: 'Inga hot eller uppmaningar till våld',
      nl: 'Geen bedreigingen of oproepen tot geweld',
      en: 'No threats or calls for violence',
    },
    explanation: {
      sv:
        'Hot mot en person – mot oss, våra medarbetare eller andra som skriver här – är aldrig tillåtet, ' +
        'inte heller ”på skämt”. Det gäller också uppmaningar till våld och att hänga ut var någon bor för att skrämma. ' +
        'Hot är ett brott, också på nätet.',
      nl:
        'Bedreigingen aan wie dan ook – aan ons, onze medewerkers of anderen die hier schrijven – zijn nooit toegestaan, ' +
        'ook niet "als grap". Dat geldt ook voor oproepen tot geweld en het rondsturen van iemands adres om te intimideren. ' +
        'Bedreiging is strafbaar, ook online.',
      en:
        'Threatening anyone – us, our staff or others who post here – is never allowed, not even "as a joke". ' +
        'The same goes for calls for violence and for posting where someone lives to intimidate them. ' +
        'Threats are a crime, online too.',
    },
    defaultAction: 'report_police',
  },
  {
    key: 'hate',
    number: 2,
    title: {
      sv: 'Inga hatiska eller nedsättande inlägg om grupper',
      nl: 'Geen haatdragende of kwetsende berichten over groepen',
      en: 'No hateful or demeaning posts about groups',
    },
    explanation: {
      sv:
        'Inlägg som hånar, hotar eller uttrycker missaktning mot människor för deras ursprung, hudfärg, religion, ' +
        'kön, sexuella läggning, könsidentitet, funktionsnedsättning eller ålder tas bort. ' +
        'Grova fall (hets mot folkgrupp) polisanmäls.',
      nl:
        'Berichten die mensen bespotten, bedreigen of minachten vanwege hun afkomst, huidskleur, geloof, geslacht, ' +
        'seksuele geaardheid, genderidentiteit, handicap of leeftijd verwijderen we. ' +
        'Ernstige gevallen (groepsbelediging, haatzaaien) melden we bij de politie.',
      en:
        'Posts that mock, threaten or show contempt for people because of their origin, skin colour, religion, sex, ' +
        'sexual orientation, gender identity, disability or age are removed. ' +
        'Serious cases (incitement to hatred) are reported to the police.',
    },
    defaultAction: 'remove',
  },
  {
    key: 'harassment',
    number: 3,
    title: {
      sv: 'Inga personangrepp eller trakasserier',
      nl: 'Geen persoonlijke aanvallen of intimidatie',
      en: 'No personal attacks or harassment',
    },
    explanation: {
      sv:
        'Kritisera gärna det vi gör, men angrip inte personer. Glåpord, förolämpningar och att upprepade gånger ' +
        'rikta sig mot samma person döljs. Den som fortsätter kan blockeras.',
      nl:
        'Bekritiseer gerust wat we doen, maar val geen personen aan. Scheldwoorden, beledigingen en het steeds weer ' +
        'richten op dezelfde persoon verbergen we. Wie ermee doorgaat, kan worden geblokkeerd.',
      en:
        'Feel free to criticise what we do, but do not attack people. Name-calling, insults and repeatedly targeting ' +
        'the same person are hidden. Anyone who keeps doing it may be blocked.',
    },
    defaultAction: 'hide',
  },
  {
    key: 'personal_data',
    number: 4,
    title: {
      sv: 'Dela inte personuppgifter',
      nl: 'Deel geen persoonsgegevens',
      en: "Do not share people's personal data",
    },
    explanation: {
      sv:
        'Skriv inte personnummer, adresser, telefonnummer, hälsouppgifter eller ärendeuppgifter om dig själv eller andra ' +
        'i offentliga kommentarer. Vi döljer sådana inlägg för att skydda den det gäller – skicka hellre ett privat meddelande, ' +
        'så hjälper vi dig där.',
      nl:
        'Zet geen BSN, adressen, telefoonnummers, medische gegevens of dossiergegevens over uzelf of anderen in openbare reacties. ' +
        'We verbergen zulke berichten om de betrokkene te beschermen – stuur ons liever een privébericht, dan helpen we u daar verder.',
      en:
        'Do not post personal identity numbers, addresses, phone numbers, health details or case details about yourself or others ' +
        'in public comments. We hide such posts to protect the person concerned – send us a private message instead and we will help you there.',
    },
    defaultAction: 'hide',
  },
  {
    key: 'spam',
    number: 5,
    title: {
      sv: 'Ingen spam, reklam eller bedrägerier',
      nl: 'Geen spam, reclame of oplichting',
      en: 'No spam, advertising or scams',
    },
    explanation: {
      sv:
        'Upprepade identiska inlägg, reklam, länkar till bluffsajter och försök att lura till sig pengar eller inloggningar ' +
        'tas bort. Konton som bara sprider spam blockeras.',
      nl:
        'Herhaalde identieke berichten, reclame, links naar nepsites en pogingen om geld of inloggegevens te ontfutselen ' +
        'verwijderen we. Accounts die alleen spam verspreiden, blokkeren we.',
      en:
        'Repeated identical posts, advertising, links to fake sites and attempts to trick people out of money or logins ' +
        'are removed. Accounts that only spread spam are blocked.',
    },
    defaultAction: 'remove',
  },
  {
    key: 'off_topic',
    number: 6,
    title: {
      sv: 'Håll dig till ämnet',
      nl: 'Blijf bij het onderwerp',
      en: 'Stay on topic',
    },
    explanation: {
      sv:
        'Inlägg som inte har med inlägget eller vår verksamhet att göra kan få en påminnelse från oss. ' +
        'Vi tar inte bort dem bara för att de är oväntade, men upprepade kapningar av diskussionen kan döljas.',
      nl:
        'Bij berichten die niets met het bericht of ons werk te maken hebben, kunnen we u even herinneren aan het onderwerp. ' +
        'We verwijderen ze niet alleen omdat ze onverwacht zijn, maar herhaaldelijk kapen van de discussie kunnen we verbergen.',
      en:
        'Posts unrelated to the post or to our work may get a reminder from us. ' +
        'We do not remove them just for being unexpected, but repeatedly hijacking the discussion may be hidden.',
    },
    defaultAction: 'warn',
  },
  {
    key: 'illegal_content',
    number: 7,
    title: {
      sv: 'Inget olagligt innehåll',
      nl: 'Geen illegale inhoud',
      en: 'No illegal content',
    },
    explanation: {
      sv:
        'Förtal, olaga integritetsintrång, upphovsrättsintrång och annat som är olagligt tas bort. ' +
        'När det kan vara ett brott sparar vi bevis och lämnar ärendet till den som ansvarar för att bedöma det.',
      nl:
        'Smaad, laster, het verspreiden van privébeelden, inbreuk op auteursrecht en andere illegale inhoud verwijderen we. ' +
        'Als het een strafbaar feit kan zijn, bewaren we bewijs en leggen we het voor aan wie dat moet beoordelen.',
      en:
        'Defamation, unlawful invasion of privacy, copyright infringement and other illegal content are removed. ' +
        'When it may be a crime, we keep evidence and pass the matter to whoever is responsible for assessing it.',
    },
    defaultAction: 'escalate',
  },
];
