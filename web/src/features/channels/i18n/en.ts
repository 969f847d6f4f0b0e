/** English strings of the channel settings (connect, reconnect, status, profile, follow requests). sv.ts and nl.ts have the same keys. */
const en = {
  emptyAdmin: 'No channels are connected to this workspace yet. Connect one to start receiving messages.',
  connect: {
    button: 'Connect channel',
    title: 'Connect a channel',
    pickKind: 'Which network?',
    submit: 'Connect',
    testing: 'Samtal is checking the credentials with the network…',
    failed: 'The channel could not be connected',
    required: 'Fill this in.',
  },
  kindHint: {
    sandbox: 'A practice network inside Samtal',
    bluesky: 'Handle and app password',
    mastodon: 'Server address and access token',
    facebook: 'Page id and Page access token',
    instagram: 'Instagram user id and Page token',
  },
  help: {
    bluesky:
      'Create an app password for Samtal in Bluesky under Settings → Privacy and security → App passwords. Never use the account’s own password; an app password can be revoked on its own.',
    mastodon:
      'On your server, go to Preferences → Development → New application and give it the scopes read, write and follow (for follow requests and blocks). Copy “Your access token”.',
    facebook:
      'Use a Page access token of a long-lived user token from a Meta app with pages_manage_engagement, pages_read_engagement, pages_read_user_content, pages_manage_metadata and pages_messaging.',
    instagram:
      'The Instagram professional account must be linked to a Facebook Page. Use that Page’s access token with instagram_basic, instagram_manage_comments and instagram_manage_messages.',
  },
  helpLink: {
    bluesky: 'Open Bluesky’s app passwords',
    mastodon: 'How Mastodon access tokens work',
    facebook: 'Meta’s guide to Page access tokens',
    instagram: 'Meta’s guide to the Instagram API',
  },
  field: {
    name: { label: 'Name in Samtal', help: 'How your team sees this channel, e.g. “Ekeby on Bluesky”.' },
    sandboxHandle: {
      label: 'Handle',
      help: 'The made-up account name on the sandbox network (letters, digits, dots, dashes).',
    },
    blueskyIdentifier: {
      label: 'Handle',
      help: 'The account’s handle, e.g. ekeby.bsky.social, or its e-mail address.',
    },
    blueskyAppPassword: { label: 'App password', help: 'Four groups of four characters, created for Samtal only.' },
    blueskyServiceUrl: {
      label: 'Server (optional)',
      help: 'Only for accounts on their own PDS. Leave empty for bsky.social.',
    },
    mastodonInstanceUrl: {
      label: 'Server address',
      help: 'The address of your Mastodon server, e.g. https://mastodon.nu.',
    },
    mastodonAccessToken: { label: 'Access token', help: 'Needs the scopes read, write and follow.' },
    facebookPageId: {
      label: 'Page id',
      help: 'The number in the Page’s About → Page transparency, or in Meta Business Suite.',
    },
    facebookPageAccessToken: {
      label: 'Page access token',
      help: 'A long-lived Page token; it is stored encrypted and never shown again.',
    },
    instagramUserId: {
      label: 'Instagram user id',
      help: 'The id of the professional account (from the Graph API Explorer: me/accounts?fields=instagram_business_account).',
    },
    instagramPageAccessToken: {
      label: 'Page access token',
      help: 'The token of the Facebook Page the Instagram account is linked to; stored encrypted.',
    },
  },
  reconnect: {
    button: 'Reconnect',
    title: 'Reconnect {{name}}',
    intro:
      'Enter new credentials for the same account. Samtal checks them with the network and then fetches everything that came in while the channel was down.',
    introSandbox: 'The sandbox channel gets a new access token and fetches what it missed.',
    submit: 'Reconnect',
    failed: 'The channel could not be reconnected',
  },
  disconnect: {
    button: 'Disconnect',
    title: 'Disconnect {{name}}?',
    body: 'Samtal stops receiving and sending on this channel and deletes its credentials. Its conversations and history stay.',
    confirm: 'Disconnect',
  },
  status: {
    since: {
      healthy: 'Working since {{time}}',
      unhealthy: 'Problem since {{time}}',
      disconnected: 'Disconnected since {{time}}',
    },
    throttled: 'The network asked us to slow down. Sending and fetching continue at {{time}}.',
    unhealthyAdmin: 'Nothing is lost: messages are fetched again once the channel is reconnected.',
    unhealthyOthers: 'An administrator has been told. Messages are fetched again once the channel works.',
  },
  test: {
    button: 'Test connection',
    ok_one: 'Connected as {{name}} (@{{handle}}), {{count}} follower.',
    ok_other: 'Connected as {{name}} (@{{handle}}), {{count}} followers.',
    failed: 'The connection test failed:',
  },
  profile: {
    followers: 'Followers',
    following: 'Following',
    posts: 'Posts',
    trend: 'Followers over time',
    change_one: '{{change}} over {{count}} day',
    change_other: '{{change}} over {{count}} days',
    locked: 'Locked account: new followers need approval.',
  },
  follow: {
    title: 'Follow requests',
    empty: 'Nobody is waiting for approval.',
    unavailable: 'Follow requests could not be loaded',
    followers_one: '{{count}} follower',
    followers_other: '{{count}} followers',
    following_one: 'follows {{count}}',
    following_other: 'follows {{count}}',
    posts_one: '{{count}} post',
    posts_other: '{{count}} posts',
    suspicious: 'No posts, follows thousands',
    authorize: 'Authorise',
    reject: 'Reject',
  },
  capability: {
    publicReply: 'Public reply',
    privateReply: 'Private reply',
    hide: 'Hide',
    unhide: 'Unhide',
    delete: 'Delete',
    block: 'Block',
    mute: 'Mute',
    report: 'Report',
    ban: 'Ban from Page',
    followRequests: 'Follow requests',
    publish: 'Publish',
    publishMedia: 'Images in posts',
    nativeScheduling: 'Scheduling',
    profileFields: 'Profile fields',
  },
  /** Why a network cannot do something, by channel kind and capability; the server's text is the fallback. */
  capabilityReason: {
    sandbox: {
      profileFields: 'The sandbox network has no profile to edit; its profile is made up from the handle.',
      nativeScheduling:
        'The sandbox network cannot schedule posts itself; Samtal keeps scheduled posts and publishes them on time.',
    },
    bluesky: {
      privateReply:
        'Bluesky direct messages run on a separate chat service that app-password connections cannot use yet.',
      ban: 'Bluesky has no bans; block the account instead.',
      followRequests: 'Bluesky has no locked accounts, so there are no follow requests to approve.',
      nativeScheduling: 'Bluesky cannot schedule posts; Samtal keeps scheduled posts and publishes them on time.',
      profileFields: 'Bluesky profiles have no custom fields; edit the name and bio in the Bluesky app.',
    },
    mastodon: {
      hide: 'Mastodon cannot hide a reply from someone else.',
      ban: 'Mastodon has no ban from an account’s posts; block the account instead (only the server’s moderators can suspend it).',
      profileFields: 'Samtal shows the profile fields but cannot change them yet; edit them in Mastodon.',
    },
    facebook: {
      block: 'A Facebook Page cannot block someone separately; use "Ban from Page", which is Facebook\'s block.',
      mute: 'A Facebook Page cannot mute people; hide their comments instead.',
      report: 'Facebook has no API for reporting comments or people; report them in the Facebook app.',
      followRequests: 'Anyone can follow a Facebook Page; there are no follow requests.',
      profileFields: "Samtal shows the Page's About fields but does not edit them; change them on Facebook.",
    },
    instagram: {
      ban: "Instagram's API does not let a business account block, restrict or mute people; do it in the Instagram app.",
      block:
        "Instagram's API does not let a business account block, restrict or mute people; do it in the Instagram app.",
      mute: "Instagram's API does not let a business account block, restrict or mute people; do it in the Instagram app.",
      report: 'Instagram has no API for reporting comments or people; report them in the Instagram app.',
      followRequests: 'Instagram professional accounts are public; there are no follow requests to decide.',
      publish: 'Instagram posts need a photo or video at a public web address; publish them from Instagram.',
      publishMedia: 'Instagram posts need a photo or video at a public web address; publish them from Instagram.',
      nativeScheduling: "Instagram's API cannot schedule posts.",
      profileFields: "Instagram's API cannot change the profile; edit it in the Instagram app.",
    },
  },
  /** A channel whose kind this server build has no adapter for (every capability says so). */
  noAdapterReason: 'This Samtal build has no adapter for "{{kind}}" channels.',
  maxMedia_one: 'up to {{count}} image per post',
  maxMedia_other: 'up to {{count}} images per post',
  privateReplyWindow_one: 'private reply within {{count}} day',
  privateReplyWindow_other: 'private reply within {{count}} days',
};

export default en;

type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };
export type ChannelSettingsMessages = DeepStrings<typeof en>;
