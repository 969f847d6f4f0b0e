-- 0009 publishing: posts with per-channel variants and an approval workflow, a content calendar with
-- posting slots, blackout windows (RFC 5545 recurrence in a time zone), a global pause, and sending
-- through outbound actions (recorded before the platform call; the action id is the idempotency key).

CREATE TABLE publishing_settings (
  workspace_id     uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  -- Posts need an approval before they can be scheduled; who may approve.
  require_approval boolean NOT NULL DEFAULT true,
  approver_roles   text[] NOT NULL DEFAULT ARRAY['admin', 'manager'],
  -- A post due inside a blackout window: moved to the window's end, or held until approved again.
  blackout_policy  text NOT NULL DEFAULT 'move_to_end' CHECK (blackout_policy IN ('move_to_end', 'await_reapproval')),
  -- The global pause (crisis mode uses it): nothing is published while set.
  paused_at        timestamptz,
  paused_by        uuid REFERENCES users (id) ON DELETE SET NULL,
  pause_reason     text,
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  title        text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  campaign     text CHECK (campaign IS NULL OR length(campaign) BETWEEN 1 AND 100),
  pillar       text CHECK (pillar IS NULL OR length(pillar) BETWEEN 1 AND 100),
  -- draft → in_review → approved → scheduled → published | failed (partly: see the variants).
  status       text NOT NULL DEFAULT 'draft'
               CHECK (status IN ('draft', 'in_review', 'approved', 'scheduled', 'published', 'failed')),
  -- When the author wants it out; each variant's due_at may be later (blackout window, slot).
  scheduled_at timestamptz,
  author_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_by  uuid REFERENCES users (id) ON DELETE SET NULL,
  approved_at  timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_calendar_idx ON posts (workspace_id, scheduled_at);
CREATE INDEX posts_status_idx ON posts (workspace_id, status, updated_at DESC);

-- One variant per channel: its own text, media and, once scheduled, its own due time and send record.
CREATE TABLE post_variants (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id            uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id         uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  text               text NOT NULL DEFAULT '',
  language           text CHECK (language IN ('sv', 'nl', 'en')),
  -- [{ mimeType, dataBase64, alt }] as for a publish outbound action.
  media              jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- pending (not scheduled yet) → scheduled → held (pause, blackout awaiting re-approval) →
  -- sending (outbound action created) → published | failed; cancelled when unscheduled.
  status             text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'scheduled', 'held', 'sending', 'published', 'failed', 'cancelled')),
  due_at             timestamptz,
  -- Why it is not at the wanted time or is held: 'Moved out of the blackout window "Dodenherdenking"…'.
  held_reason        text,
  outbound_action_id uuid REFERENCES outbound_actions (id) ON DELETE SET NULL,
  platform_id        text,
  url                text,
  error              text,
  published_at       timestamptz,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (post_id, channel_id)
);
CREATE INDEX post_variants_due_idx ON post_variants (due_at) WHERE status IN ('scheduled', 'held');
CREATE INDEX post_variants_channel_idx ON post_variants (channel_id, due_at);
CREATE UNIQUE INDEX post_variants_action_idx ON post_variants (outbound_action_id) WHERE outbound_action_id IS NOT NULL;

CREATE TABLE post_comments (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  post_id    uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
  user_id    uuid REFERENCES users (id) ON DELETE SET NULL,
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_comments_post_idx ON post_comments (post_id, created_at);

-- Blackout windows: nothing is published inside one. A window starts at a wall-clock time in its
-- time zone and lasts duration_minutes; rrule (RFC 5545 RRULE value, e.g. FREQ=YEARLY;BYMONTH=5;
-- BYMONTHDAY=4) repeats it. channel_id null: the whole workspace.
CREATE TABLE blackout_windows (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id     uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id       uuid REFERENCES channels (id) ON DELETE CASCADE,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  reason           text NOT NULL DEFAULT '',
  -- DTSTART as local wall-clock time, 'YYYY-MM-DDTHH:MM' in time_zone.
  starts_local     text NOT NULL CHECK (starts_local ~ '^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$'),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 20160),
  time_zone        text NOT NULL,
  rrule            text,
  -- 'default': seeded for the workspace's country (an admin may edit or switch it off).
  source           text NOT NULL DEFAULT 'custom' CHECK (source IN ('default', 'custom')),
  enabled          boolean NOT NULL DEFAULT true,
  created_by       uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX blackout_windows_workspace_idx ON blackout_windows (workspace_id);

-- Posting slots: the queue fills the next free slot of a channel (weekday 1 = Monday … 7, local time).
CREATE TABLE posting_slots (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id   uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  weekday      smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  minutes      smallint NOT NULL CHECK (minutes BETWEEN 0 AND 1439),
  UNIQUE (channel_id, weekday, minutes)
);
