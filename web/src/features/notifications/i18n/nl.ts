import type { NotificationsMessages } from './en';

/** Nederlands. Same keys as en.ts. */
const nl: NotificationsMessages = {
  bell: 'Meldingen',
  bellUnread_one: 'Meldingen: {{count}} ongelezen',
  bellUnread_other: 'Meldingen: {{count}} ongelezen',
  title: 'Meldingen',
  markAllRead: 'Alles als gelezen markeren',
  empty: 'Niets nieuws. Hier hoor je over waarschuwingen voor reactietijden, vermeldingen en controles.',
  unread: 'ongelezen',
  someone: 'Iemand',
  aChannel: 'een kanaal',
  untitledPost: 'Bericht zonder titel',
  kind: {
    sla_warning: 'Een reactietijd loopt bijna af',
    sla_breached: 'Een reactietijd is overschreden',
    mention: '{{name}} noemde je in een notitie',
    reply_rejected: '{{name}} heeft je antwoord teruggestuurd',
    reply_approved: '{{name}} heeft je antwoord goedgekeurd',
    review_requested: '{{name}} vraagt je een antwoord te controleren',
    assigned: 'Er is een gesprek aan jou toegewezen',
    other: 'Er is iets veranderd in een gesprek',
    channel_unhealthy: 'Het kanaal {{channel}} werkt niet meer: koppel het opnieuw op de kanalenpagina',
    channel_recovered: 'Het kanaal {{channel}} werkt weer',
    publishing_failed: 'Het bericht “{{title}}” kon niet worden gepubliceerd',
    publishing_held: '“{{title}}” is vastgehouden in een stilteperiode: keur het opnieuw goed om te publiceren',
    publishing_review: 'Het bericht “{{title}}” wacht op je goedkeuring',
  },
  target: {
    first_response: 'Eerste reactie',
    next_response: 'Volgende reactie',
    resolution: 'Oplossing',
  },
};

export default nl;
