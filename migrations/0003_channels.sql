-- 0003 channels: what outbound actions need beyond their text, soft disconnects, and the state of
-- the sandbox network's traffic generator.

-- Resolved parameters of an outbound action (the recipient of a private reply, the author to
-- block or mute), so the job performs exactly what was requested even if the item changes later.
ALTER TABLE outbound_actions ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE outbound_actions ADD CONSTRAINT outbound_actions_kind_check CHECK (
  kind IN ('publicReply', 'privateReply', 'publish', 'hide', 'unhide', 'delete', 'block', 'mute', 'report')
);

-- A disconnected channel keeps its history (items, actions, audit) but no longer syncs or sends.
ALTER TABLE channels ADD COLUMN disconnected_at timestamptz;

-- Where the simulated traffic of a sandbox channel has got to: events are produced for the time
-- elapsed since generated_until; carry keeps the fraction of an event between runs; emitted seeds
-- the deterministic text generator.
CREATE TABLE sandbox_generator_state (
  channel_id      uuid PRIMARY KEY REFERENCES channels (id) ON DELETE CASCADE,
  generated_until timestamptz NOT NULL,
  carry           double precision NOT NULL DEFAULT 0,
  emitted         bigint NOT NULL DEFAULT 0
);

-- Finding an action's target on the sandbox network.
CREATE INDEX sandbox_feed_platform_idx ON sandbox_feed (channel_id, (payload ->> 'platformId'));
CREATE INDEX sandbox_actions_platform_idx ON sandbox_actions (channel_id, platform_id);
