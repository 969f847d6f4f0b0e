-- 0004 inbox: conversations with their authors and items (inbound, our replies, internal notes),
-- analysis of every inbound item, response-time targets, responders and teams, saved replies, the
-- FAQ knowledge base, four-eyes approval, take-it-offline cases and notifications.
--
-- inbound_items becomes items: every item belongs to a conversation. Items stored before this
-- migration had none; they are removed and the channels' cursors reset, so the next sync re-reads
-- them from the network through the new pipeline (pre-release: only sandbox channels exist).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

DELETE FROM inbound_items;
UPDATE channels SET sync_cursor = NULL;
ALTER TABLE inbound_items RENAME TO items;
ALTER INDEX inbound_items_workspace_idx RENAME TO items_workspace_idx;
ALTER INDEX inbound_items_channel_idx RENAME TO items_channel_idx;

-- People on the networks who write to or about us. One row per network identity per workspace,
-- so their history follows them across conversations and channels of the same network.
CREATE TABLE authors (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id  uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  network       text NOT NULL,
  platform_id   text NOT NULL,
  handle        text NOT NULL,
  name          text,
  first_seen_at timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  item_count    integer NOT NULL DEFAULT 0,
  UNIQUE (workspace_id, network, platform_id)
);

CREATE TABLE teams (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  created_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, name)
);

CREATE TABLE team_members (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (team_id, user_id)
);

-- Who answers: a member's languages, channels (empty = all), duty and training status.
CREATE TABLE responders (
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id      uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  languages    text[] NOT NULL DEFAULT ARRAY['sv', 'nl', 'en'],
  channel_ids  uuid[] NOT NULL DEFAULT '{}',
  on_duty      boolean NOT NULL DEFAULT true,
  in_training  boolean NOT NULL DEFAULT false,
  max_open     integer NOT NULL DEFAULT 50 CHECK (max_open > 0),
  manager_id   uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, user_id)
);

-- A public exchange (one author's comments under one post of ours, with the whole post as thread
-- context) or a private one (direct messages with one author).
CREATE TABLE conversations (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id           uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id             uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  kind                   text NOT NULL CHECK (kind IN ('public', 'private')),
  conversation_key       text NOT NULL,
  thread_platform_id     text,
  author_id              uuid REFERENCES authors (id) ON DELETE SET NULL,
  status                 text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'open', 'waiting', 'resolved', 'closed')),
  closed_reason          text,
  priority               text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  tags                   text[] NOT NULL DEFAULT '{}',
  assignee_id            uuid REFERENCES users (id) ON DELETE SET NULL,
  team_id                uuid REFERENCES teams (id) ON DELETE SET NULL,
  -- Latest inbound analysis, for filtering without joining items.
  language               text,
  sentiment              text,
  intent                 text,
  severity               text NOT NULL DEFAULT 'normal',
  preview                text NOT NULL DEFAULT '',
  item_count             integer NOT NULL DEFAULT 0,
  -- The oldest inbound item we have not answered yet; null when nothing is waiting on us.
  awaiting_since         timestamptz,
  last_inbound_at        timestamptz,
  last_outbound_at       timestamptz,
  last_activity_at       timestamptz NOT NULL DEFAULT now(),
  -- Response-time targets: the next deadline decides the order of the inbox.
  sla_policy_id          uuid,
  first_response_due_at  timestamptz,
  first_responded_at     timestamptz,
  next_response_due_at   timestamptz,
  resolution_due_at      timestamptz,
  due_at                 timestamptz,
  sla_state              text NOT NULL DEFAULT 'none' CHECK (sla_state IN ('none', 'ok', 'warning', 'breached')),
  sla_paused_at          timestamptz,
  sla_paused_ms          bigint NOT NULL DEFAULT 0,
  out_of_hours_ack_at    timestamptz,
  case_id                uuid,
  resolved_at            timestamptz,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel_id, conversation_key)
);
-- The default inbox: open work in order of time left.
CREATE INDEX conversations_inbox_idx ON conversations (workspace_id, due_at NULLS LAST, last_activity_at DESC)
  WHERE status IN ('new', 'open');
CREATE INDEX conversations_status_idx ON conversations (workspace_id, status, last_activity_at DESC);
CREATE INDEX conversations_assignee_idx ON conversations (assignee_id, status, due_at) WHERE assignee_id IS NOT NULL;
CREATE INDEX conversations_unanswered_idx ON conversations (workspace_id, awaiting_since) WHERE awaiting_since IS NOT NULL;
CREATE INDEX conversations_author_idx ON conversations (author_id, last_activity_at DESC);
CREATE INDEX conversations_sla_watch_idx ON conversations (due_at) WHERE due_at IS NOT NULL AND status IN ('new', 'open');

-- items: inbound comments, replies, mentions, quotes and DMs; our replies; internal notes.
ALTER TABLE items DROP CONSTRAINT inbound_items_kind_check;
ALTER TABLE items ALTER COLUMN platform_id DROP NOT NULL;
ALTER TABLE items ALTER COLUMN author_platform_id DROP NOT NULL;
ALTER TABLE items ALTER COLUMN author_handle DROP NOT NULL;
ALTER TABLE items
  ADD COLUMN conversation_id   uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  ADD COLUMN direction         text NOT NULL DEFAULT 'inbound' CHECK (direction IN ('inbound', 'outbound', 'note')),
  ADD COLUMN author_id         uuid REFERENCES authors (id) ON DELETE SET NULL,
  ADD COLUMN user_id           uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Analysis (inbound only).
  ADD COLUMN sentiment         text CHECK (sentiment IN ('negative', 'neutral', 'positive')),
  ADD COLUMN sentiment_score   real,
  ADD COLUMN intent            text,
  ADD COLUMN severity          text CHECK (severity IN ('low', 'normal', 'high', 'critical')),
  ADD COLUMN offensive         boolean NOT NULL DEFAULT false,
  ADD COLUMN personal_data     jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- Lifecycle on the platform.
  ADD COLUMN version           integer NOT NULL DEFAULT 1,
  ADD COLUMN edited_at         timestamptz,
  ADD COLUMN deleted_at        timestamptz,
  -- Inbound: when one of our replies answered it.
  ADD COLUMN answered_at       timestamptz,
  -- Our replies: the item answered, public or private, where it is in its lifecycle.
  ADD COLUMN reply_to_item_id  uuid REFERENCES items (id) ON DELETE SET NULL,
  ADD COLUMN send_status       text CHECK (send_status IN ('pending_approval', 'rejected', 'queued', 'sending', 'sent', 'failed')),
  ADD COLUMN send_error        text,
  ADD COLUMN outbound_action_id uuid REFERENCES outbound_actions (id) ON DELETE SET NULL,
  ADD COLUMN mentions          uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN search            tsvector GENERATED ALWAYS AS (
    to_tsvector(
      CASE language WHEN 'sv' THEN 'swedish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig
                    WHEN 'en' THEN 'english'::regconfig ELSE 'simple'::regconfig END,
      coalesce(text, '')
    )
  ) STORED;
ALTER TABLE items ADD CONSTRAINT items_kind_check CHECK (
  kind IN ('comment', 'reply', 'mention', 'quote', 'direct_message', 'our_reply', 'note')
);
CREATE INDEX items_conversation_idx ON items (conversation_id, occurred_at);
CREATE INDEX items_search_idx ON items USING gin (search);
CREATE INDEX items_author_idx ON items (author_id, occurred_at DESC) WHERE author_id IS NOT NULL;
CREATE INDEX items_pending_approval_idx ON items (workspace_id, received_at)
  WHERE send_status = 'pending_approval';

-- Earlier versions of an item that was edited or deleted on the platform.
CREATE TABLE item_versions (
  item_id     uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  version     integer NOT NULL,
  text        text NOT NULL,
  raw         jsonb NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  change      text NOT NULL CHECK (change IN ('edited', 'deleted')),
  PRIMARY KEY (item_id, version)
);

-- Four-eyes decisions on our replies.
CREATE TABLE reply_reviews (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  item_id     uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  decision    text NOT NULL CHECK (decision IN ('approved', 'edited_and_approved', 'rejected')),
  comment     text,
  original_text text,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reply_reviews_item_idx ON reply_reviews (item_id);

ALTER TABLE outbound_actions DROP CONSTRAINT outbound_actions_status_check;
ALTER TABLE outbound_actions ADD CONSTRAINT outbound_actions_status_check
  CHECK (status IN ('queued', 'sending', 'sent', 'failed'));

-- Response-time targets. The first enabled policy (by position) whose conditions match applies;
-- a null condition matches everything.
CREATE TABLE sla_policies (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id           uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name                   text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  position               integer NOT NULL DEFAULT 0,
  enabled                boolean NOT NULL DEFAULT true,
  channel_id             uuid REFERENCES channels (id) ON DELETE CASCADE,
  severities             text[],
  sentiments             text[],
  first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
  next_response_minutes  integer NOT NULL CHECK (next_response_minutes > 0),
  resolution_minutes     integer CHECK (resolution_minutes > 0),
  business_hours_only    boolean NOT NULL DEFAULT true,
  created_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sla_policies_workspace_idx ON sla_policies (workspace_id, position);
ALTER TABLE conversations ADD CONSTRAINT conversations_sla_policy_fk
  FOREIGN KEY (sla_policy_id) REFERENCES sla_policies (id) ON DELETE SET NULL;

-- Warnings, breaches and met targets, one row per conversation, target and kind.
CREATE TABLE sla_events (
  id              bigserial PRIMARY KEY,
  workspace_id    uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  conversation_id uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  target          text NOT NULL CHECK (target IN ('first_response', 'next_response', 'resolution')),
  kind            text NOT NULL CHECK (kind IN ('warning', 'breached', 'met')),
  due_at          timestamptz NOT NULL,
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (conversation_id, target, kind, due_at)
);
CREATE INDEX sla_events_workspace_idx ON sla_events (workspace_id, occurred_at DESC);

-- Per-workspace inbox settings: business hours, approval policy, out-of-hours acknowledgement,
-- warning threshold, outgoing webhook (its secret encrypted like channel credentials).
CREATE TABLE inbox_settings (
  workspace_id             uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  business_hours           jsonb NOT NULL,
  approval_policy          text NOT NULL DEFAULT 'negative_or_critical'
    CHECK (approval_policy IN ('all', 'negative_or_critical', 'in_training', 'none')),
  auto_assign              boolean NOT NULL DEFAULT true,
  warning_ratio            real NOT NULL DEFAULT 0.75 CHECK (warning_ratio > 0 AND warning_ratio < 1),
  out_of_hours_ack         boolean NOT NULL DEFAULT false,
  out_of_hours_texts       jsonb NOT NULL DEFAULT '{}'::jsonb,
  webhook_url              text,
  webhook_secret_encrypted text,
  updated_at               timestamptz NOT NULL DEFAULT now()
);

-- Routing rules run in order on every new inbound item; all matching rules apply.
CREATE TABLE routing_rules (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  position     integer NOT NULL DEFAULT 0,
  enabled      boolean NOT NULL DEFAULT true,
  conditions   jsonb NOT NULL DEFAULT '{}'::jsonb,
  actions      jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX routing_rules_workspace_idx ON routing_rules (workspace_id, position);

-- In-app notifications (SLA warnings and breaches, @mentions, approvals, reviews, assignments).
CREATE TABLE notifications (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id    uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  user_id         uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind            text NOT NULL,
  conversation_id uuid REFERENCES conversations (id) ON DELETE CASCADE,
  data            jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  read_at         timestamptz
);
CREATE INDEX notifications_user_idx ON notifications (user_id, workspace_id, created_at DESC);

-- Outgoing webhook deliveries: recorded with the change, delivered (signed) by a job.
CREATE TABLE webhook_deliveries (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  event        text NOT NULL,
  payload      jsonb NOT NULL,
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  response_status integer,
  created_at   timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX webhook_deliveries_workspace_idx ON webhook_deliveries (workspace_id, created_at DESC);

-- Saved replies per language, with {{variables}}.
CREATE TABLE saved_replies (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  language     text NOT NULL CHECK (language IN ('sv', 'nl', 'en')),
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  channel_id   uuid REFERENCES channels (id) ON DELETE CASCADE,
  created_by   uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX saved_replies_workspace_idx ON saved_replies (workspace_id, language, title);

-- The FAQ knowledge base: articles with a public link, suggested by similarity to incoming text.
CREATE TABLE faq_articles (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  slug         text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,99}$'),
  language     text NOT NULL CHECK (language IN ('sv', 'nl', 'en')),
  question     text NOT NULL CHECK (length(question) BETWEEN 1 AND 500),
  answer       text NOT NULL CHECK (length(answer) BETWEEN 1 AND 10000),
  keywords     text NOT NULL DEFAULT '',
  external_url text,
  published    boolean NOT NULL DEFAULT true,
  search       tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(
      CASE language WHEN 'sv' THEN 'swedish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END,
      question || ' ' || keywords), 'A')
    || setweight(to_tsvector(
      CASE language WHEN 'sv' THEN 'swedish'::regconfig WHEN 'nl' THEN 'dutch'::regconfig ELSE 'english'::regconfig END,
      answer), 'B')
  ) STORED,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, language, slug)
);
CREATE INDEX faq_articles_search_idx ON faq_articles USING gin (search);

-- Tone-of-voice guides per channel (null = workspace default) and language.
CREATE TABLE tone_guides (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  channel_id   uuid REFERENCES channels (id) ON DELETE CASCADE,
  language     text NOT NULL CHECK (language IN ('sv', 'nl', 'en')),
  guide        jsonb NOT NULL,
  updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tone_guides_scope_key ON tone_guides (workspace_id, coalesce(channel_id, '00000000-0000-0000-0000-000000000000'::uuid), language);

-- Take it offline: a public conversation and its private follow-up (or another contact route) as one case.
CREATE TABLE cases (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id               uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  public_conversation_id     uuid NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  private_conversation_id    uuid REFERENCES conversations (id) ON DELETE SET NULL,
  contact_route              text,
  status                     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'closed')),
  outcome                    text,
  opened_by                  uuid REFERENCES users (id) ON DELETE SET NULL,
  opened_at                  timestamptz NOT NULL DEFAULT now(),
  resolved_at                timestamptz,
  closing_reply_item_id      uuid REFERENCES items (id) ON DELETE SET NULL,
  closed_at                  timestamptz
);
CREATE INDEX cases_workspace_idx ON cases (workspace_id, status, opened_at DESC);
ALTER TABLE conversations ADD CONSTRAINT conversations_case_fk
  FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL;
