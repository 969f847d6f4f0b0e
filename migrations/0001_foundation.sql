-- 0001 foundation: workspaces, people and access, audit log, channels and the sandbox network.
-- Every table that holds workspace data carries workspace_id; users are global identities that
-- belong to workspaces through memberships.

CREATE TABLE workspaces (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  country          text NOT NULL CHECK (country IN ('SE', 'NL', 'GB', 'BE', 'FI', 'DK', 'NO', 'DE', 'IE', 'US')),
  time_zone        text NOT NULL,
  default_language text NOT NULL CHECK (default_language IN ('sv', 'nl', 'en')),
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  language      text CHECK (language IN ('sv', 'nl', 'en')),
  disabled_at   timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  roles        text[] NOT NULL CHECK (
    cardinality(roles) >= 1
    AND roles <@ ARRAY['admin', 'manager', 'responder', 'reviewer', 'moderator', 'analyst', 'viewer']
  ),
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

CREATE TABLE invitations (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  email        text NOT NULL,
  roles        text[] NOT NULL,
  token_hash   text NOT NULL UNIQUE,
  invited_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  expires_at   timestamptz NOT NULL,
  accepted_at  timestamptz,
  revoked_at   timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitations_workspace_idx ON invitations (workspace_id, created_at DESC);

-- The session id is the SHA-256 of the cookie token, so a database leak does not leak sessions.
CREATE TABLE sessions (
  id           text PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Failed logins per key (an e-mail address or an IP address) within a sliding window.
CREATE TABLE login_throttle (
  key          text PRIMARY KEY,
  failures     integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz
);

-- Append-only, hash-chained per workspace: hash = sha256(prev_hash || canonical row).
CREATE TABLE audit_log (
  id           bigserial PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  seq          bigint NOT NULL,
  actor_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_label  text NOT NULL,
  action       text NOT NULL,
  subject_type text,
  subject_id   text,
  data         jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL,
  prev_hash    text NOT NULL,
  hash         text NOT NULL,
  UNIQUE (workspace_id, seq)
);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Our accounts on a social network. Credentials are AES-256-GCM encrypted by the application.
CREATE TABLE channels (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id          uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  kind                  text NOT NULL,
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  handle                text NOT NULL,
  settings              jsonb NOT NULL DEFAULT '{}'::jsonb,
  credentials_encrypted text,
  health                text NOT NULL DEFAULT 'healthy' CHECK (health IN ('healthy', 'unhealthy', 'disconnected')),
  health_reason         text,
  sync_cursor           text,
  last_sync_at          timestamptz,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX channels_workspace_idx ON channels (workspace_id);

-- What came in from a channel, normalised. The platform id is unique per channel: a redelivery is a no-op.
CREATE TABLE inbound_items (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id        uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id          uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  platform_id         text NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('comment', 'reply', 'mention', 'quote', 'direct_message')),
  author_platform_id  text NOT NULL,
  author_handle       text NOT NULL,
  author_name         text,
  text                text NOT NULL,
  language            text,
  url                 text,
  parent_platform_id  text,
  thread_platform_id  text,
  occurred_at         timestamptz NOT NULL,
  received_at         timestamptz NOT NULL DEFAULT now(),
  raw                 jsonb NOT NULL DEFAULT '{}'::jsonb,
  UNIQUE (channel_id, platform_id)
);
CREATE INDEX inbound_items_workspace_idx ON inbound_items (workspace_id, occurred_at DESC);
CREATE INDEX inbound_items_channel_idx ON inbound_items (channel_id, occurred_at DESC);

-- Everything we asked a platform to do, before and after the call: nothing is sent silently.
CREATE TABLE outbound_actions (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id         uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  kind               text NOT NULL,
  target_platform_id text,
  body               text,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  platform_id        text,
  error              text,
  attempts           integer NOT NULL DEFAULT 0,
  created_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  completed_at       timestamptz
);
CREATE INDEX outbound_actions_channel_idx ON outbound_actions (channel_id, created_at DESC);
CREATE INDEX outbound_actions_workspace_idx ON outbound_actions (workspace_id, created_at DESC);

-- The sandbox network: a simulated social network living inside Samtal. Its feed is what the
-- sandbox adapter polls with a cursor; its action log is what the network "saw" us do.
CREATE TABLE sandbox_feed (
  seq          bigserial PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id   uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  payload      jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sandbox_feed_channel_idx ON sandbox_feed (channel_id, seq);

CREATE TABLE sandbox_actions (
  id           bigserial PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id   uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  platform_id  text NOT NULL,
  action       text NOT NULL,
  target_id    text,
  payload      jsonb NOT NULL DEFAULT '{}'::jsonb,
  idempotency_key text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel_id, idempotency_key)
);

-- Liveness of worker processes, shown by /api/health.
CREATE TABLE worker_heartbeats (
  worker_id  text PRIMARY KEY,
  hostname   text NOT NULL,
  pid        integer NOT NULL,
  started_at timestamptz NOT NULL,
  seen_at    timestamptz NOT NULL
);
