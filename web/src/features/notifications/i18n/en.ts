/** English strings of the notification bell. sv.ts and nl.ts have the same keys. */
const en = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications: {{count}} unread',
  bellUnread_other: 'Notifications: {{count}} unread',
  title: 'Notifications',
  markAllRead: 'Mark all as read',
  empty: 'Nothing new. You will be told here about response-time warnings, mentions and reviews.',
  unread: 'unread',
  someone: 'Someone',
  aChannel: 'a channel',
  untitledPost: 'Untitled post',
  kind: {
    sla_warning: 'A response time is running out',
    sla_breached: 'A response time was missed',
    mention: '{{name}} mentioned you in a note',
    reply_rejected: '{{name}} sent your reply back',
    reply_approved: '{{name}} approved your reply',
    review_requested: '{{name}} asks you to review a reply',
    assigned: 'A conversation was assigned to you',
    other: 'Something changed in a conversation',
    channel_unhealthy: 'The channel {{channel}} stopped working: reconnect it on the channels page',
    channel_recovered: 'The channel {{channel}} works again',
    publishing_failed: 'The post “{{title}}” could not be published',
    publishing_held: '“{{title}}” was held in a blackout window: approve it again to publish',
    publishing_review: 'The post “{{title}}” waits for your approval',
  },
  target: {
    first_response: 'First response',
    next_response: 'Next response',
    resolution: 'Resolution',
  },
};

export default en;

type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };
export type NotificationsMessages = DeepStrings<typeof en>;
