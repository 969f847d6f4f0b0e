import type { ChannelSettingsMessages } from './en';

const nl: ChannelSettingsMessages = {
  emptyAdmin: 'Er zijn nog geen kanalen gekoppeld aan deze werkruimte. Koppel er een om berichten te ontvangen.',
  connect: {
    button: 'Kanaal koppelen',
    title: 'Een kanaal koppelen',
    pickKind: 'Welk netwerk?',
    submit: 'Koppelen',
    testing: 'Samtal controleert de gegevens bij het netwerk…',
    failed: 'Het kanaal kon niet worden gekoppeld',
    required: 'Vul dit in.',
  },
  kindHint: {
    sandbox: 'Een oefennetwerk binnen Samtal',
    bluesky: 'Gebruikersnaam en app-wachtwoord',
    mastodon: 'Serveradres en toegangstoken',
    facebook: 'Pagina-ID en paginatoegangstoken',
    instagram: 'Instagram-gebruikers-ID en paginatoken',
  },
  help: {
    bluesky:
      'Maak in Bluesky onder Instellingen → Privacy en beveiliging → App-wachtwoorden een app-wachtwoord voor Samtal. Gebruik nooit het eigen wachtwoord van het account; een app-wachtwoord kan los worden ingetrokken.',
    mastodon:
      'Ga op je server naar Voorkeuren → Ontwikkelen → Nieuwe toepassing en geef die de rechten read, write en follow (voor volgverzoeken en blokkeren). Kopieer ‘Jouw toegangscode’.',
    facebook:
      'Gebruik een paginatoegangstoken van een langlevend gebruikerstoken uit een Meta-app met pages_manage_engagement, pages_read_engagement, pages_read_user_content, pages_manage_metadata en pages_messaging.',
    instagram:
      'Het zakelijke Instagram-account moet aan een Facebookpagina gekoppeld zijn. Gebruik het toegangstoken van die pagina met instagram_basic, instagram_manage_comments en instagram_manage_messages.',
  },
  helpLink: {
    bluesky: 'Open de app-wachtwoorden van Bluesky',
    mastodon: 'Zo werken toegangstokens in Mastodon',
    facebook: 'Handleiding van Meta over paginatoegangstokens',
    instagram: 'Handleiding van Meta over de Instagram-API',
  },
  field: {
    name: { label: 'Naam in Samtal', help: 'Zo ziet je team dit kanaal, bijv. ‘Ekeby op Bluesky’.' },
    sandboxHandle: {
      label: 'Gebruikersnaam',
      help: 'De verzonnen accountnaam op het sandboxnetwerk (letters, cijfers, punten, streepjes).',
    },
    blueskyIdentifier: {
      label: 'Gebruikersnaam',
      help: 'De gebruikersnaam van het account, bijv. ekeby.bsky.social, of het e-mailadres.',
    },
    blueskyAppPassword: { label: 'App-wachtwoord', help: 'Vier groepen van vier tekens, alleen voor Samtal gemaakt.' },
    blueskyServiceUrl: {
      label: 'Server (optioneel)',
      help: 'Alleen voor accounts op een eigen PDS. Laat leeg voor bsky.social.',
    },
    mastodonInstanceUrl: { label: 'Serveradres', help: 'Het adres van je Mastodon-server, bijv. https://mastodon.nl.' },
    mastodonAccessToken: { label: 'Toegangstoken', help: 'Heeft de rechten read, write en follow nodig.' },
    facebookPageId: {
      label: 'Pagina-ID',
      help: 'Het nummer onder Info → Paginatransparantie van de pagina, of in Meta Business Suite.',
    },
    facebookPageAccessToken: {
      label: 'Paginatoegangstoken',
      help: 'Een langlevend paginatoken; het wordt versleuteld opgeslagen en nooit meer getoond.',
    },
    instagramUserId: {
      label: 'Instagram-gebruikers-ID',
      help: 'Het ID van het zakelijke account (uit de Graph API Explorer: me/accounts?fields=instagram_business_account).',
    },
    instagramPageAccessToken: {
      label: 'Paginatoegangstoken',
      help: 'Het token van de Facebookpagina waaraan het Instagram-account gekoppeld is; versleuteld opgeslagen.',
    },
  },
  reconnect: {
    button: 'Opnieuw koppelen',
    title: '{{name}} opnieuw koppelen',
    intro:
      'Vul nieuwe gegevens in voor hetzelfde account. Samtal controleert ze bij het netwerk en haalt daarna alles op wat binnenkwam terwijl het kanaal niet werkte.',
    introSandbox: 'Het sandboxkanaal krijgt een nieuw toegangstoken en haalt op wat het gemist heeft.',
    submit: 'Opnieuw koppelen',
    failed: 'Het kanaal kon niet opnieuw worden gekoppeld',
  },
  disconnect: {
    button: 'Ontkoppelen',
    title: '{{name}} ontkoppelen?',
    body: 'Samtal stopt met ontvangen en versturen op dit kanaal en verwijdert de gegevens ervan. Gesprekken en geschiedenis blijven bewaard.',
    confirm: 'Ontkoppelen',
  },
  status: {
    since: {
      healthy: 'Werkt sinds {{time}}',
      unhealthy: 'Probleem sinds {{time}}',
      disconnected: 'Ontkoppeld sinds {{time}}',
    },
    throttled: 'Het netwerk vroeg ons het rustiger aan te doen. Versturen en ophalen gaan verder om {{time}}.',
    unhealthyAdmin: 'Er gaat niets verloren: berichten worden opgehaald zodra het kanaal opnieuw gekoppeld is.',
    unhealthyOthers: 'Een beheerder is op de hoogte gebracht. Berichten worden opgehaald zodra het kanaal weer werkt.',
  },
  test: {
    button: 'Verbinding testen',
    ok_one: 'Verbonden als {{name}} (@{{handle}}), {{count}} volger.',
    ok_other: 'Verbonden als {{name}} (@{{handle}}), {{count}} volgers.',
    failed: 'De verbindingstest is mislukt:',
  },
  profile: {
    followers: 'Volgers',
    following: 'Volgend',
    posts: 'Berichten',
    trend: 'Volgers in de loop van de tijd',
    change_one: '{{change}} in {{count}} dag',
    change_other: '{{change}} in {{count}} dagen',
    locked: 'Besloten account: nieuwe volgers moeten worden goedgekeurd.',
  },
  follow: {
    title: 'Volgverzoeken',
    empty: 'Niemand wacht op goedkeuring.',
    unavailable: 'De volgverzoeken konden niet worden geladen',
    followers_one: '{{count}} volger',
    followers_other: '{{count}} volgers',
    following_one: 'volgt {{count}}',
    following_other: 'volgt {{count}}',
    posts_one: '{{count}} bericht',
    posts_other: '{{count}} berichten',
    suspicious: 'Geen berichten, volgt duizenden',
    authorize: 'Goedkeuren',
    reject: 'Weigeren',
  },
  capability: {
    publicReply: 'Openbaar antwoord',
    privateReply: 'Privéantwoord',
    hide: 'Verbergen',
    unhide: 'Weer tonen',
    delete: 'Verwijderen',
    block: 'Blokkeren',
    mute: 'Dempen',
    report: 'Melden',
    ban: 'Verbannen van pagina',
    followRequests: 'Volgverzoeken',
    publish: 'Publiceren',
    publishMedia: 'Afbeeldingen in berichten',
    nativeScheduling: 'Inplannen',
    profileFields: 'Profielvelden',
  },
  capabilityReason: {
    sandbox: {
      profileFields:
        'Het sandboxnetwerk heeft geen profiel om te bewerken; het profiel is afgeleid van de gebruikersnaam.',
      nativeScheduling:
        'Het sandboxnetwerk kan zelf geen berichten inplannen; Samtal bewaart ingeplande berichten en publiceert ze op tijd.',
    },
    bluesky: {
      privateReply:
        'Directe berichten op Bluesky lopen via een aparte chatdienst die verbindingen met een app-wachtwoord nog niet kunnen gebruiken.',
      ban: 'Bluesky kent geen verbanning; blokkeer het account in plaats daarvan.',
      followRequests: 'Bluesky kent geen afgeschermde accounts, dus er zijn geen volgverzoeken om goed te keuren.',
      nativeScheduling:
        'Bluesky kan geen berichten inplannen; Samtal bewaart ingeplande berichten en publiceert ze op tijd.',
      profileFields: 'Bluesky-profielen hebben geen eigen velden; bewerk de naam en bio in de Bluesky-app.',
    },
    mastodon: {
      hide: 'Mastodon kan een reactie van iemand anders niet verbergen.',
      ban: 'Mastodon kan niemand verbannen van de berichten van een account; blokkeer het account in plaats daarvan (alleen de moderators van de server kunnen het opschorten).',
      profileFields: 'Samtal toont de profielvelden maar kan ze nog niet wijzigen; bewerk ze in Mastodon.',
    },
    facebook: {
      block:
        'Een Facebookpagina kan niemand apart blokkeren; gebruik ‘Verbannen van pagina’, de blokkering van Facebook.',
      mute: 'Een Facebookpagina kan geen mensen dempen; verberg in plaats daarvan hun reacties.',
      report: 'Facebook heeft geen API om reacties of mensen te melden; meld ze in de Facebook-app.',
      followRequests: 'Iedereen kan een Facebookpagina volgen; er zijn geen volgverzoeken.',
      profileFields: 'Samtal toont de Info-velden van de pagina maar bewerkt ze niet; wijzig ze op Facebook.',
    },
    instagram: {
      ban: 'Met de API van Instagram kan een zakelijk account niemand blokkeren, beperken of dempen; doe dat in de Instagram-app.',
      block:
        'Met de API van Instagram kan een zakelijk account niemand blokkeren, beperken of dempen; doe dat in de Instagram-app.',
      mute: 'Met de API van Instagram kan een zakelijk account niemand blokkeren, beperken of dempen; doe dat in de Instagram-app.',
      report: 'Instagram heeft geen API om reacties of mensen te melden; meld ze in de Instagram-app.',
      followRequests:
        'Professionele Instagram-accounts zijn openbaar; er zijn geen volgverzoeken om over te beslissen.',
      publish:
        'Instagram-berichten hebben een foto of video op een openbaar webadres nodig; publiceer ze vanuit Instagram.',
      publishMedia:
        'Instagram-berichten hebben een foto of video op een openbaar webadres nodig; publiceer ze vanuit Instagram.',
      nativeScheduling: 'De API van Instagram kan geen berichten inplannen.',
      profileFields: 'De API van Instagram kan het profiel niet wijzigen; bewerk het in de Instagram-app.',
    },
  },
  noAdapterReason: 'Deze versie van Samtal heeft geen adapter voor kanalen van het type ‘{{kind}}’.',
  maxMedia_one: 'maximaal {{count}} afbeelding per bericht',
  maxMedia_other: 'maximaal {{count}} afbeeldingen per bericht',
  privateReplyWindow_one: 'privéantwoord binnen {{count}} dag',
  privateReplyWindow_other: 'privéantwoord binnen {{count}} dagen',
};

export default nl;
