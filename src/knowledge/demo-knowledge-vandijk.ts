/** Demo FAQ and saved replies of Van Dijk Fietsen (a Dutch bicycle shop), in Dutch and English. */
import type { DemoKnowledge } from './demo-knowledge.js';

export const VANDIJK_KNOWLEDGE: DemoKnowledge = {
  articles: [
    {
      slug: 'garantie',
      language: 'nl',
      question: 'Hoe werkt de garantie op mijn fiets?',
      answer:
        'Op het frame en de voorvork geven we tien jaar garantie, op de overige onderdelen twee jaar en op de e-bike accu en motor twee jaar of 20.000 km. Is er iets kapot of defect? Neem je fiets en je aankoopbewijs mee naar de winkel, dan beoordelen we het in de werkplaats.\n\nNormale slijtage aan banden, remblokken, ketting en verlichting valt niet onder de garantie, schade door een val of ongeluk ook niet. Laat je fiets ieder jaar onderhouden, anders kan de garantie vervallen.',
      keywords: 'garantie kapot defect stuk aankoopbewijs bon frame voorvork onderdelen slijtage claim',
      externalUrl: null,
    },
    {
      slug: 'warranty',
      language: 'en',
      question: 'How does the warranty on my bike work?',
      answer:
        'The frame and front fork carry a ten-year warranty, other parts two years, and the e-bike battery and motor two years or 20,000 km. Something broken or defective? Bring the bike and your receipt to the shop and our workshop will assess it.\n\nNormal wear of tyres, brake pads, chain and lights is not covered, nor is damage from a fall or accident. Have your bike serviced every year, otherwise the warranty may lapse.',
      keywords: 'warranty guarantee broken defect faulty receipt frame fork parts wear claim',
      externalUrl: null,
    },
    {
      slug: 'reparatie-onderhoud',
      language: 'nl',
      question: 'Hoe maak ik een afspraak voor reparatie of onderhoud?',
      answer:
        'Plan je afspraak voor een reparatie of onderhoudsbeurt online via vandijkfietsen.nl/werkplaats of bel de werkplaats op 020-123 45 67. Breng je fiets vóór 10.00 uur, dan is hij meestal dezelfde dag klaar.\n\nEen kleine onderhoudsbeurt kost € 59, een grote beurt € 99. Een lekke band plakken we terwijl je wacht. Heb je een leenfiets nodig? Vraag ernaar bij het maken van de afspraak.',
      keywords:
        'reparatie repareren onderhoud onderhoudsbeurt beurt afspraak werkplaats lekke band remmen versnelling leenfiets',
      externalUrl: null,
    },
    {
      slug: 'repair-service',
      language: 'en',
      question: 'How do I book a repair or service?',
      answer:
        'Book a repair or service online at vandijkfietsen.nl/workshop or call the workshop on 020-123 45 67. Bring your bike before 10:00 and it is usually ready the same day.\n\nA small service costs € 59, a full service € 99. We fix a flat tyre while you wait. Need a loan bike? Ask when you book.',
      keywords: 'repair service maintenance appointment booking workshop flat tyre brakes gears loan bike',
      externalUrl: null,
    },
    {
      slug: 'levertijd',
      language: 'nl',
      question: 'Wat is de levertijd van mijn bestelde fiets?',
      answer:
        'Fietsen die op voorraad zijn, leveren we binnen drie werkdagen, klaar voor gebruik. Voor fietsen die we bij de fabrikant bestellen is de levertijd vier tot acht weken; bij drukte in het voorjaar soms langer.\n\nJe ontvangt een e-mail met de verwachte leverdatum zodra de fabrikant die bevestigt. Is de levertijd verstreken? Stuur ons je ordernummer, dan zoeken we het voor je uit.',
      keywords: 'levertijd levering leverdatum bestelling besteld bezorgen voorraad wachten ordernummer',
      externalUrl: null,
    },
    {
      slug: 'delivery-time',
      language: 'en',
      question: 'When will my ordered bike be delivered?',
      answer:
        'Bikes in stock are delivered within three working days, ready to ride. Bikes we order from the manufacturer take four to eight weeks; in the spring rush sometimes longer.\n\nYou receive an e-mail with the expected delivery date as soon as the manufacturer confirms it. Waited longer than that? Send us your order number and we will look into it.',
      keywords: 'delivery time order ordered shipping stock waiting order number',
      externalUrl: null,
    },
    {
      slug: 'retour',
      language: 'nl',
      question: 'Kan ik mijn bestelling retourneren?',
      answer:
        'Online gekochte accessoires en kleding kun je binnen 30 dagen retourneren, ongebruikt en in de originele verpakking. Meld je retour aan via Mijn account; het geld staat binnen 14 dagen terug op je rekening.\n\nEen online gekochte fiets kun je binnen 14 dagen na levering kosteloos laten ophalen als hij niet gebruikt is. Fietsen die op maat zijn gemaakt of aangepast, kunnen niet retour.',
      keywords: 'retour retourneren terugsturen ruilen geld terug herroepingsrecht terugbetaling',
      externalUrl: null,
    },
    {
      slug: 'returns',
      language: 'en',
      question: 'Can I return my order?',
      answer:
        'Accessories and clothing bought online can be returned within 30 days, unused and in the original packaging. Register the return in My account; the money is back in your account within 14 days.\n\nA bike bought online can be collected free of charge within 14 days of delivery if it has not been used. Custom-built or adjusted bikes cannot be returned.',
      keywords: 'return returns refund exchange send back money back',
      externalUrl: null,
    },
    {
      slug: 'e-bike-accu',
      language: 'nl',
      question: 'Mijn e-bike accu laadt niet goed of gaat snel leeg, wat nu?',
      answer:
        'Laad de accu bij kamertemperatuur en bewaar hem in de winter binnen. Laat hem niet maandenlang helemaal leeg staan: bewaar hem half vol. Een accu verliest na zo’n 500 tot 800 laadcycli merkbaar capaciteit.\n\nLaadt de accu niet meer op of knippert het lampje? Kom langs, dan testen we de accu gratis in de werkplaats. Valt het onder de garantie, dan vervangen we hem kosteloos. Een nieuwe accu kost vanaf € 450.',
      keywords: 'e-bike accu batterij opladen laden lader leeg bereik actieradius elektrische fiets motor',
      externalUrl: null,
    },
    {
      slug: 'e-bike-battery',
      language: 'en',
      question: 'My e-bike battery does not charge or runs down quickly, what now?',
      answer:
        'Charge the battery at room temperature and keep it indoors in winter. Do not leave it empty for months: store it half full. A battery loses noticeable capacity after about 500 to 800 charge cycles.\n\nBattery no longer charging or the light flashing? Come by and we test it free of charge in the workshop. If the warranty covers it, we replace it at no cost. A new battery costs from € 450.',
      keywords: 'e-bike battery charge charging charger range electric bike motor',
      externalUrl: null,
    },
    {
      slug: 'openingstijden',
      language: 'nl',
      question: 'Wat zijn de openingstijden van de winkel en de werkplaats?',
      answer:
        'De winkel is open maandag 13.00–18.00, dinsdag tot en met vrijdag 9.00–18.00 en zaterdag 9.00–17.00. Op koopavond donderdag zijn we open tot 21.00. De werkplaats is open dinsdag tot en met zaterdag vanaf 8.30.\n\nOp zon- en feestdagen zijn we gesloten. Afwijkende openingstijden rond de feestdagen staan op vandijkfietsen.nl.',
      keywords: 'openingstijden open gesloten winkel werkplaats koopavond zaterdag feestdagen',
      externalUrl: null,
    },
    {
      slug: 'opening-hours',
      language: 'en',
      question: 'What are the opening hours of the shop and the workshop?',
      answer:
        'The shop is open Monday 13:00–18:00, Tuesday to Friday 9:00–18:00 and Saturday 9:00–17:00, late opening on Thursday until 21:00. The workshop is open Tuesday to Saturday from 8:30.\n\nWe are closed on Sundays and public holidays. Different hours around the holidays are on vandijkfietsen.nl.',
      keywords: 'opening hours open closed shop workshop saturday holidays',
      externalUrl: null,
    },
  ],
  savedReplies: [
    {
      title: 'Bedankt voor je bericht',
      language: 'nl',
      body: 'Hoi {{author.name}}, bedankt voor je bericht aan {{workspace.name}}! We zoeken het voor je uit en komen er zo snel mogelijk bij je op terug. Groet, {{agent.name}}',
    },
    {
      title: 'Excuses',
      language: 'nl',
      body: 'Hoi {{author.name}}, wat vervelend dat dit is gebeurd, onze excuses! We gaan het zo snel mogelijk voor je oplossen. Groet, {{agent.name}} van {{workspace.name}}',
    },
    {
      title: 'Graag via een privébericht',
      language: 'nl',
      body: 'Hoi {{author.name}}, we helpen je graag verder, maar dat doen we liever niet in de reacties. Stuur je ons een privébericht hier op {{channel.name}} met je ordernummer of telefoonnummer? Deel geen persoonlijke gegevens in de reacties. Groet, {{agent.name}}',
    },
    {
      title: 'Afsluiting',
      language: 'nl',
      body: 'Hoi {{author.name}}, fijn dat het is opgelost! Bedankt voor je geduld en veel fietsplezier. Groet, {{agent.name}} van {{workspace.name}}',
    },
    {
      title: 'Thank you for your message',
      language: 'en',
      body: 'Hi {{author.name}}, thank you for your message to {{workspace.name}}! We are looking into it and will get back to you as soon as possible. Best, {{agent.name}}',
    },
    {
      title: 'Apology',
      language: 'en',
      body: 'Hi {{author.name}}, we are sorry this happened! We will sort it out for you as quickly as we can. Best, {{agent.name}} at {{workspace.name}}',
    },
    {
      title: 'Please send us a private message',
      language: 'en',
      body: 'Hi {{author.name}}, we are happy to help, but would rather not do so in the comments. Could you send us a private message here on {{channel.name}} with your order number or phone number? Please do not share personal details in the comments. Best, {{agent.name}}',
    },
    {
      title: 'Closing reply',
      language: 'en',
      body: 'Hi {{author.name}}, glad it is sorted! Thank you for your patience and enjoy your rides. Best, {{agent.name}} at {{workspace.name}}',
    },
  ],
};
