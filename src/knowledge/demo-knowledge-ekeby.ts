/** Demo FAQ and saved replies of Ekeby kommun (a Swedish municipality), in Swedish and English. */
import type { DemoKnowledge } from './demo-knowledge.js';

export const EKEBY_KNOWLEDGE: DemoKnowledge = {
  articles: [
    {
      slug: 'bygglov',
      language: 'sv',
      question: 'Hur söker jag bygglov?',
      answer:
        'Du söker bygglov, marklov och rivningslov i e-tjänsten Bygglov på ekeby.se. Logga in med BankID, fyll i ansökan och bifoga situationsplan, fasadritningar och planritning.\n\nFör ett attefallshus, en attefallstillbyggnad eller en takkupa behöver du oftast inte bygglov men du måste göra en anmälan och få startbesked innan du börjar bygga. En friggebod på högst 15 m² behöver varken lov eller anmälan.\n\nVi handlägger en komplett ansökan inom tio veckor. Har du frågor kan du boka en tid med en bygglovshandläggare.',
      keywords:
        'bygglov bygglovsansökan ansöka söka attefallshus attefallstillbyggnad friggebod takkupa tillbyggnad altan carport startbesked anmälan ritning',
      externalUrl: 'https://www.boverket.se/sv/PBL-kunskapsbanken/lov--byggande/',
    },
    {
      slug: 'building-permit',
      language: 'en',
      question: 'How do I apply for a building permit?',
      answer:
        'Apply for a building permit, site permit or demolition permit in the e-service Building permits on ekeby.se. Log in with BankID, fill in the application and attach a site plan, elevation and floor drawings.\n\nAn Attefall house, an Attefall extension or a dormer usually needs no permit, but you must notify us and get a start notice before you build. A small shed (friggebod) of at most 15 m² needs neither permit nor notification.\n\nWe decide on a complete application within ten weeks.',
      keywords:
        'building permit planning permission application attefall house extension shed dormer start notice drawings',
      externalUrl: null,
    },
    {
      slug: 'sophamtning',
      language: 'sv',
      question: 'När hämtas mina sopor och vad gör jag om hämtningen missas?',
      answer:
        'Mat- och restavfall hämtas varannan vecka i villaområden och varje vecka i flerfamiljshus. Din hämtningsdag ser du i appen Ekeby Avfall eller på Mina sidor.\n\nHar din soptunna inte tömts? Ställ ut kärlet med handtaget utåt senast klockan 06.00 på hämtningsdagen. Missad hämtning anmäler du i e-tjänsten Felanmälan avfall senast dagen efter, så kommer vi tillbaka inom två arbetsdagar.\n\nGrovsopor, trädgårdsavfall och elektronik lämnar du på Ekeby återvinningscentral.',
      keywords:
        'sopor sophämtning avfall soptunna kärl tömning missad hämtning matavfall restavfall grovsopor återvinning återvinningscentral',
      externalUrl: null,
    },
    {
      slug: 'waste-collection',
      language: 'en',
      question: 'When is my waste collected, and what if a collection is missed?',
      answer:
        'Food and residual waste is collected every other week from houses and every week from apartment buildings. Your collection day is in the Ekeby Avfall app and on My pages.\n\nBin not emptied? Put it out with the handle facing the street by 06:00 on collection day. Report a missed collection in the e-service Report a waste problem no later than the next day, and we come back within two working days.\n\nBulky waste, garden waste and electronics go to the Ekeby recycling centre.',
      keywords: 'waste garbage rubbish trash bin collection missed recycling bulky',
      externalUrl: null,
    },
    {
      slug: 'skolskjuts',
      language: 'sv',
      question: 'Har mitt barn rätt till skolskjuts?',
      answer:
        'Elever i förskoleklass till årskurs 3 har rätt till skolskjuts om avståndet mellan hemmet och skolan är minst 2 km, i årskurs 4–6 minst 3 km och i årskurs 7–9 minst 4 km. Även en trafikfarlig skolväg kan ge rätt till skolskjuts.\n\nDu ansöker i e-tjänsten Skolskjuts inför varje läsår, senast 15 maj. Beslut kommer inom tre veckor. Om bussen inte kommer eller är sen, ring Ekeby skolskjutsar på 0123-456 78.',
      keywords: 'skolskjuts skolbuss skolväg buss taxi elev skola avstånd ansökan',
      externalUrl: null,
    },
    {
      slug: 'school-transport',
      language: 'en',
      question: 'Is my child entitled to school transport?',
      answer:
        'Pupils in preschool class to year 3 are entitled to school transport if the distance from home to school is at least 2 km, years 4–6 at least 3 km and years 7–9 at least 4 km. A dangerous route to school can also give the right to transport.\n\nApply in the e-service School transport before each school year, by 15 May. If the bus does not come or is late, call Ekeby school transport on 0123-456 78.',
      keywords: 'school transport school bus pupil distance application',
      externalUrl: null,
    },
    {
      slug: 'felanmalan-gata',
      language: 'sv',
      question: 'Hur gör jag en felanmälan om gata, gatubelysning eller trottoar?',
      answer:
        'Trasig gatubelysning, hål i vägen, nedfallna skyltar, halka eller klotter anmäler du i e-tjänsten Felanmälan på ekeby.se, dygnet runt. Markera platsen på kartan och bifoga gärna en bild. Du får ett ärendenummer och kan följa ärendet.\n\nVi lagar släckt gatubelysning inom två veckor och akuta skador på gatan samma dag. Vid akut fara utanför kontorstid, ring vår jour på 0123-400 00.',
      keywords:
        'felanmälan gata gatubelysning gatlampa lampa belysning mörkt trasig hål väg trottoar skylt halka klotter',
      externalUrl: null,
    },
    {
      slug: 'report-street-fault',
      language: 'en',
      question: 'How do I report a fault in a street, street light or pavement?',
      answer:
        'Report a broken street light, a pothole, a fallen sign, ice or graffiti in the e-service Report a fault on ekeby.se, day and night. Mark the place on the map and add a photo if you can. You get a case number and can follow the case.\n\nWe repair street lights within two weeks and urgent damage to the street the same day. In case of immediate danger outside office hours, call our on-call service on 0123-400 00.',
      keywords: 'report fault street light lamp pothole road pavement sidewalk sign ice graffiti broken',
      externalUrl: null,
    },
    {
      slug: 'e-tjanster-bankid',
      language: 'sv',
      question: 'Hur loggar jag in i kommunens e-tjänster med BankID?',
      answer:
        'Du loggar in i våra e-tjänster med BankID eller Freja eID. Välj e-tjänst på ekeby.se/e-tjanster och klicka på Logga in. Öppna BankID-appen och skanna QR-koden.\n\nFungerar inte inloggningen? Kontrollera att BankID-appen är uppdaterad och att ditt BankID inte har gått ut. Har du inget e-legitimation kan du ladda ner blanketten och skicka den med post eller besöka kontaktcenter.',
      keywords: 'e-tjänst e-tjänster bankid mobilt bankid inloggning logga in freja e-legitimation blankett mina sidor',
      externalUrl: null,
    },
    {
      slug: 'e-services-bankid',
      language: 'en',
      question: "How do I log in to the municipality's e-services with BankID?",
      answer:
        'Log in to our e-services with BankID or Freja eID. Choose a service on ekeby.se/e-services and click Log in. Open the BankID app and scan the QR code.\n\nLogin not working? Check that the BankID app is up to date and that your BankID has not expired. Without an e-ID you can download the form and send it by post or visit the contact centre.',
      keywords: 'e-service online services bankid login log in e-id form my pages',
      externalUrl: null,
    },
    {
      slug: 'oppettider',
      language: 'sv',
      question: 'Vilka öppettider har kontaktcenter och kommunhuset?',
      answer:
        'Kontaktcenter svarar i telefon 0123-400 00 måndag–torsdag 8.00–16.30 och fredag 8.00–15.00. Kommunhusets reception på Storgatan 1 har samma öppettider. Lunch stängt 12.00–13.00.\n\nDagen före röd dag stänger vi klockan 12.00. Biblioteket och återvinningscentralen har egna öppettider, se ekeby.se.',
      keywords: 'öppettider öppet stängt kontaktcenter kommunhuset reception telefontid telefon',
      externalUrl: null,
    },
    {
      slug: 'opening-hours',
      language: 'en',
      question: 'When are the contact centre and the town hall open?',
      answer:
        'The contact centre answers on 0123-400 00 Monday–Thursday 8:00–16:30 and Friday 8:00–15:00. The town hall reception at Storgatan 1 has the same opening hours, closed for lunch 12:00–13:00.\n\nOn the day before a public holiday we close at 12:00. The library and the recycling centre have their own opening hours, see ekeby.se.',
      keywords: 'opening hours open closed contact centre town hall reception phone',
      externalUrl: null,
    },
  ],
  savedReplies: [
    {
      title: 'Tack för ditt meddelande',
      language: 'sv',
      body: 'Hej {{author.name}}! Tack för att du hör av dig till {{workspace.name}}. Vi tittar på det och återkommer så snart vi kan. /{{agent.name}}',
    },
    {
      title: 'Vi beklagar',
      language: 'sv',
      body: 'Hej {{author.name}}, vi beklagar verkligen att det blivit så här. Vi har skickat vidare till ansvarig förvaltning och återkommer till dig. /{{agent.name}}, {{workspace.name}}',
    },
    {
      title: 'Vi tar det i ett privat meddelande',
      language: 'sv',
      body: 'Hej {{author.name}}! Vi vill gärna hjälpa dig, men det här behöver vi ta utanför kommentarerna. Skicka ett privat meddelande till oss här på {{channel.name}} med ditt telefonnummer, så hör vi av oss. Skriv inga personuppgifter i kommentarerna. /{{agent.name}}',
    },
    {
      title: 'Avslutande svar',
      language: 'sv',
      body: 'Hej igen {{author.name}}! Ärendet är nu löst. Tack för att du hörde av dig och hjälpte oss att bli bättre. Ha en fin dag! /{{agent.name}}, {{workspace.name}}',
    },
    {
      title: 'Thank you for your message',
      language: 'en',
      body: 'Hi {{author.name}}, thank you for contacting {{workspace.name}}. We are looking into it and will get back to you as soon as we can. /{{agent.name}}',
    },
    {
      title: 'We are sorry',
      language: 'en',
      body: 'Hi {{author.name}}, we are really sorry about this. We have passed it on to the department responsible and will get back to you. /{{agent.name}}, {{workspace.name}}',
    },
    {
      title: 'Let us take this to a private message',
      language: 'en',
      body: 'Hi {{author.name}}, we would like to help, but this is better handled outside the comments. Please send us a private message here on {{channel.name}} with your phone number and we will contact you. Please do not post personal details in the comments. /{{agent.name}}',
    },
    {
      title: 'Closing reply',
      language: 'en',
      body: 'Hi again {{author.name}}, the matter has now been resolved. Thank you for letting us know and helping us improve. Have a nice day! /{{agent.name}}, {{workspace.name}}',
    },
  ],
};
