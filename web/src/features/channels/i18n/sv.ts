import type { ChannelSettingsMessages } from './en';

const sv: ChannelSettingsMessages = {
  emptyAdmin: 'Inga kanaler är anslutna till den här arbetsytan än. Anslut en för att börja ta emot meddelanden.',
  connect: {
    button: 'Anslut kanal',
    title: 'Anslut en kanal',
    pickKind: 'Vilket nätverk?',
    submit: 'Anslut',
    testing: 'Samtal kontrollerar uppgifterna med nätverket…',
    failed: 'Kanalen kunde inte anslutas',
    required: 'Fyll i det här.',
  },
  kindHint: {
    sandbox: 'Ett övningsnätverk i Samtal',
    bluesky: 'Användarnamn och applösenord',
    mastodon: 'Serveradress och åtkomsttoken',
    facebook: 'Sid-id och sidans åtkomsttoken',
    instagram: 'Instagram-användar-id och sidtoken',
  },
  help: {
    bluesky:
      'Skapa ett applösenord för Samtal i Bluesky under Inställningar → Integritet och säkerhet → Applösenord. Använd aldrig kontots eget lösenord; ett applösenord kan återkallas för sig.',
    mastodon:
      'Gå på din server till Inställningar → Utveckling → Ny applikation och ge den behörigheterna read, write och follow (för följarförfrågningar och blockeringar). Kopiera ”Din åtkomsttoken”.',
    facebook:
      'Använd en sidåtkomsttoken från en långlivad användartoken i en Meta-app med pages_manage_engagement, pages_read_engagement, pages_read_user_content, pages_manage_metadata och pages_messaging.',
    instagram:
      'Instagrams företagskonto måste vara kopplat till en Facebooksida. Använd sidans åtkomsttoken med instagram_basic, instagram_manage_comments och instagram_manage_messages.',
  },
  helpLink: {
    bluesky: 'Öppna Blueskys applösenord',
    mastodon: 'Så fungerar åtkomsttoken i Mastodon',
    facebook: 'Metas guide till sidåtkomsttoken',
    instagram: 'Metas guide till Instagram-API:t',
  },
  field: {
    name: { label: 'Namn i Samtal', help: 'Så ser teamet kanalen, t.ex. ”Ekeby på Bluesky”.' },
    sandboxHandle: {
      label: 'Användarnamn',
      help: 'Det påhittade kontonamnet i sandlådenätverket (bokstäver, siffror, punkter, bindestreck).',
    },
    blueskyIdentifier: {
      label: 'Användarnamn',
      help: 'Kontots användarnamn, t.ex. ekeby.bsky.social, eller dess e-postadress.',
    },
    blueskyAppPassword: { label: 'Applösenord', help: 'Fyra grupper om fyra tecken, skapat enbart för Samtal.' },
    blueskyServiceUrl: {
      label: 'Server (valfritt)',
      help: 'Bara för konton på en egen PDS. Lämna tomt för bsky.social.',
    },
    mastodonInstanceUrl: {
      label: 'Serveradress',
      help: 'Adressen till er Mastodon-server, t.ex. https://mastodon.nu.',
    },
    mastodonAccessToken: { label: 'Åtkomsttoken', help: 'Behöver behörigheterna read, write och follow.' },
    facebookPageId: {
      label: 'Sid-id',
      help: 'Numret under sidans Om → Sidans transparens, eller i Meta Business Suite.',
    },
    facebookPageAccessToken: {
      label: 'Sidans åtkomsttoken',
      help: 'En långlivad sidtoken; den lagras krypterad och visas aldrig igen.',
    },
    instagramUserId: {
      label: 'Instagram-användar-id',
      help: 'Företagskontots id (från Graph API Explorer: me/accounts?fields=instagram_business_account).',
    },
    instagramPageAccessToken: {
      label: 'Sidans åtkomsttoken',
      help: 'Token för den Facebooksida som Instagramkontot är kopplat till; lagras krypterad.',
    },
  },
  reconnect: {
    button: 'Anslut igen',
    title: 'Anslut {{name}} igen',
    intro:
      'Ange nya uppgifter för samma konto. Samtal kontrollerar dem med nätverket och hämtar sedan allt som kom in medan kanalen låg nere.',
    introSandbox: 'Sandlådekanalen får en ny åtkomsttoken och hämtar det den missade.',
    submit: 'Anslut igen',
    failed: 'Kanalen kunde inte anslutas igen',
  },
  disconnect: {
    button: 'Koppla från',
    title: 'Koppla från {{name}}?',
    body: 'Samtal slutar ta emot och skicka i den här kanalen och raderar dess uppgifter. Konversationerna och historiken finns kvar.',
    confirm: 'Koppla från',
  },
  status: {
    since: {
      healthy: 'Fungerar sedan {{time}}',
      unhealthy: 'Problem sedan {{time}}',
      disconnected: 'Frånkopplad sedan {{time}}',
    },
    throttled: 'Nätverket bad oss sakta ner. Skickande och hämtning fortsätter {{time}}.',
    unhealthyAdmin: 'Inget går förlorat: meddelandena hämtas när kanalen har anslutits igen.',
    unhealthyOthers: 'En administratör har fått besked. Meddelandena hämtas när kanalen fungerar igen.',
  },
  test: {
    button: 'Testa anslutningen',
    ok_one: 'Ansluten som {{name}} (@{{handle}}), {{count}} följare.',
    ok_other: 'Ansluten som {{name}} (@{{handle}}), {{count}} följare.',
    failed: 'Anslutningstestet misslyckades:',
  },
  profile: {
    followers: 'Följare',
    following: 'Följer',
    posts: 'Inlägg',
    trend: 'Följare över tid',
    change_one: '{{change}} på {{count}} dag',
    change_other: '{{change}} på {{count}} dagar',
    locked: 'Låst konto: nya följare måste godkännas.',
  },
  follow: {
    title: 'Följarförfrågningar',
    empty: 'Ingen väntar på godkännande.',
    unavailable: 'Följarförfrågningarna kunde inte hämtas',
    followers_one: '{{count}} följare',
    followers_other: '{{count}} följare',
    following_one: 'följer {{count}}',
    following_other: 'följer {{count}}',
    posts_one: '{{count}} inlägg',
    posts_other: '{{count}} inlägg',
    suspicious: 'Inga inlägg, följer tusentals',
    authorize: 'Godkänn',
    reject: 'Avvisa',
  },
  capability: {
    publicReply: 'Offentligt svar',
    privateReply: 'Privat svar',
    hide: 'Dölj',
    unhide: 'Visa igen',
    delete: 'Radera',
    block: 'Blockera',
    mute: 'Tysta',
    report: 'Anmäl',
    ban: 'Stäng av från sidan',
    followRequests: 'Följarförfrågningar',
    publish: 'Publicera',
    publishMedia: 'Bilder i inlägg',
    nativeScheduling: 'Schemaläggning',
    profileFields: 'Profilfält',
  },
  capabilityReason: {
    sandbox: {
      profileFields: 'Sandlådenätverket har ingen profil att redigera; profilen skapas utifrån användarnamnet.',
      nativeScheduling:
        'Sandlådenätverket kan inte själv schemalägga inlägg; Samtal sparar schemalagda inlägg och publicerar dem i tid.',
    },
    bluesky: {
      privateReply:
        'Direktmeddelanden i Bluesky går via en separat chattjänst som anslutningar med applösenord inte kan använda än.',
      ban: 'Bluesky har inga avstängningar; blockera kontot i stället.',
      followRequests: 'Bluesky har inga låsta konton, så det finns inga följarförfrågningar att godkänna.',
      nativeScheduling:
        'Bluesky kan inte schemalägga inlägg; Samtal sparar schemalagda inlägg och publicerar dem i tid.',
      profileFields: 'Bluesky-profiler har inga egna fält; ändra namn och beskrivning i Bluesky-appen.',
    },
    mastodon: {
      hide: 'Mastodon kan inte dölja ett svar från någon annan.',
      ban: 'Mastodon kan inte stänga av någon från ett kontos inlägg; blockera kontot i stället (bara serverns moderatorer kan spärra det).',
      profileFields: 'Samtal visar profilfälten men kan inte ändra dem än; redigera dem i Mastodon.',
    },
    facebook: {
      block:
        'En Facebooksida kan inte blockera någon separat; använd ”Stäng av från sidan”, som är Facebooks blockering.',
      mute: 'En Facebooksida kan inte tysta personer; dölj deras kommentarer i stället.',
      report: 'Facebook har inget API för att anmäla kommentarer eller personer; anmäl dem i Facebook-appen.',
      followRequests: 'Vem som helst kan följa en Facebooksida; det finns inga följarförfrågningar.',
      profileFields: 'Samtal visar sidans Om-fält men redigerar dem inte; ändra dem på Facebook.',
    },
    instagram: {
      ban: 'Instagrams API låter inte ett företagskonto blockera, begränsa eller tysta personer; gör det i Instagram-appen.',
      block:
        'Instagrams API låter inte ett företagskonto blockera, begränsa eller tysta personer; gör det i Instagram-appen.',
      mute: 'Instagrams API låter inte ett företagskonto blockera, begränsa eller tysta personer; gör det i Instagram-appen.',
      report: 'Instagram har inget API för att anmäla kommentarer eller personer; anmäl dem i Instagram-appen.',
      followRequests:
        'Professionella Instagramkonton är offentliga; det finns inga följarförfrågningar att ta ställning till.',
      publish:
        'Instagraminlägg kräver ett foto eller en video på en offentlig webbadress; publicera dem från Instagram.',
      publishMedia:
        'Instagraminlägg kräver ett foto eller en video på en offentlig webbadress; publicera dem från Instagram.',
      nativeScheduling: 'Instagrams API kan inte schemalägga inlägg.',
      profileFields: 'Instagrams API kan inte ändra profilen; redigera den i Instagram-appen.',
    },
  },
  noAdapterReason: 'Den här versionen av Samtal har ingen adapter för kanaler av typen ”{{kind}}”.',
  maxMedia_one: 'högst {{count}} bild per inlägg',
  maxMedia_other: 'högst {{count}} bilder per inlägg',
  privateReplyWindow_one: 'privat svar inom {{count}} dag',
  privateReplyWindow_other: 'privat svar inom {{count}} dagar',
};

export default sv;
