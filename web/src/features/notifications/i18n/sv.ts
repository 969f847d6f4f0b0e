import type { NotificationsMessages } from './en';

/** Svenska. Same keys as en.ts. */
const sv: NotificationsMessages = {
  bell: 'Aviseringar',
  bellUnread_one: 'Aviseringar: {{count}} oläst',
  bellUnread_other: 'Aviseringar: {{count}} olästa',
  title: 'Aviseringar',
  markAllRead: 'Markera alla som lästa',
  empty: 'Inget nytt. Här får du veta om varningar för svarstider, omnämnanden och granskningar.',
  unread: 'oläst',
  someone: 'Någon',
  aChannel: 'en kanal',
  untitledPost: 'Inlägg utan titel',
  kind: {
    sla_warning: 'En svarstid håller på att gå ut',
    sla_breached: 'En svarstid missades',
    mention: '{{name}} nämnde dig i en anteckning',
    reply_rejected: '{{name}} skickade tillbaka ditt svar',
    reply_approved: '{{name}} godkände ditt svar',
    review_requested: '{{name}} ber dig granska ett svar',
    assigned: 'Ett samtal tilldelades dig',
    other: 'Något ändrades i ett samtal',
    channel_unhealthy: 'Kanalen {{channel}} slutade fungera: anslut den igen på kanalsidan',
    channel_recovered: 'Kanalen {{channel}} fungerar igen',
    publishing_failed: 'Inlägget ”{{title}}” kunde inte publiceras',
    publishing_held: '”{{title}}” hölls kvar under en spärrperiod: godkänn det igen för att publicera',
    publishing_review: 'Inlägget ”{{title}}” väntar på ditt godkännande',
  },
  target: {
    first_response: 'Första svar',
    next_response: 'Nästa svar',
    resolution: 'Lösning',
  },
};

export default sv;
