-- 0006 real networks (Bluesky, Mastodon, Facebook, Instagram): who the account is on the network,
-- rate limiting, profile snapshots for the profile audit and reach, and the post a thread hangs under.

-- The account's stable id on its network (DID, Mastodon account id, Page id, Instagram user id).
-- Webhook deliveries name it; one live channel per account, so a delivery has one home.
ALTER TABLE channels ADD COLUMN external_id text;
CREATE UNIQUE INDEX channels_external_id_idx ON channels (kind, external_id)
  WHERE external_id IS NOT NULL AND disconnected_at IS NULL;

-- Set while the network asks us to slow down (HTTP 429 / rate-limit headers); the desk shows it.
ALTER TABLE channels ADD COLUMN throttled_until timestamptz;
-- When health last changed, so "unhealthy since 09:12" can be shown and admins notified once.
ALTER TABLE channels ADD COLUMN health_changed_at timestamptz;

-- Actions a real network needs beyond the sandbox's: banning from a Page, deciding follow requests.
ALTER TABLE outbound_actions DROP CONSTRAINT outbound_actions_kind_check;
ALTER TABLE outbound_actions ADD CONSTRAINT outbound_actions_kind_check CHECK (
  kind IN ('publicReply', 'privateReply', 'publish', 'hide', 'unhide', 'delete', 'block', 'mute', 'report',
           'ban', 'authorizeFollow', 'rejectFollow')
);
-- A rate-limited action waits until then (shown as "retrying at …"), without using up an attempt.
ALTER TABLE outbound_actions ADD COLUMN next_attempt_at timestamptz;

-- The channel's profile as the network showed it, one row per fetch (daily and on "test"):
-- follower counts over time give earned reach; the fields feed the profile-completeness audit.
CREATE TABLE channel_profile_snapshots (
  id           bigserial PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id   uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  taken_at     timestamptz NOT NULL DEFAULT now(),
  display_name text NOT NULL,
  bio          text,
  url          text,
  avatar_url   text,
  fields       jsonb NOT NULL DEFAULT '[]'::jsonb,
  followers    integer NOT NULL,
  following    integer,
  posts        integer,
  locked       boolean
);
CREATE INDEX channel_profile_snapshots_channel_idx ON channel_profile_snapshots (channel_id, taken_at DESC);

-- The post a public conversation hangs under ({platformId, text, url, authorHandle, postedAt}),
-- kept from the first item that brought it, so responders see what people are answering to.
ALTER TABLE conversations ADD COLUMN thread_context jsonb;
