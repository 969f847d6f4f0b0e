-- 0008 moderation by published rules: versioned community guidelines, moderation rules and queue,
-- moderation actions that cite a rule, tamper-evident evidence under legal hold, police-report
-- packages with their chain of custody, and the retention/erasure settings that evidence escapes.

-- Community guidelines. Every published version is kept (the public page shows the history); at
-- most one draft per workspace, carrying the next version number.
CREATE TABLE guideline_versions (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  version      integer NOT NULL CHECK (version > 0),
  status       text NOT NULL CHECK (status IN ('draft', 'published')),
  -- {sv, nl, en}: the introduction above the rules.
  intro        jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- [{ key, number, title: {sv,nl,en}, explanation: {sv,nl,en}, defaultAction }], numbered from 1.
  rules        jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- {sv, nl, en}: what changed since the previous version (the public history).
  change_note  jsonb NOT NULL DEFAULT '{}'::jsonb,
  published_at timestamptz,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, version),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX guideline_versions_one_draft_idx ON guideline_versions (workspace_id) WHERE status = 'draft';

-- Moderation rules: conditions (word lists and patterns per language, author lists, flooding,
-- classifier thresholds, combinations; validated by moderation.schema.ts) that put items in the queue.
-- 'dry_run' records what the rule would have caught without queueing anything.
CREATE TABLE moderation_rules (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  mode               text NOT NULL DEFAULT 'dry_run' CHECK (mode IN ('dry_run', 'active', 'off')),
  condition          jsonb NOT NULL,
  -- The guideline rule it enforces (guideline rule key), suggested when a moderator acts.
  guideline_rule_key text,
  created_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX moderation_rules_workspace_idx ON moderation_rules (workspace_id);

-- What a rule caught, live (active and dry-run alike), so a dry run shows its catch.
CREATE TABLE moderation_rule_hits (
  rule_id    uuid NOT NULL REFERENCES moderation_rules (id) ON DELETE CASCADE,
  item_id    uuid NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  mode       text NOT NULL CHECK (mode IN ('dry_run', 'active')),
  matched    text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (rule_id, item_id)
);
CREATE INDEX moderation_rule_hits_rule_idx ON moderation_rule_hits (rule_id, created_at DESC);

-- The moderation queue: one entry per item, however many reasons put it there.
CREATE TABLE moderation_queue (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  item_id            uuid NOT NULL UNIQUE REFERENCES items (id) ON DELETE CASCADE,
  channel_id         uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  status             text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'actioned', 'dismissed')),
  -- 'analysis' | 'rule' | 'flag', each at most once.
  sources            text[] NOT NULL DEFAULT '{}',
  -- [{ source, code?, ruleId?, ruleName?, matched?, userId?, userName?, note?, at }]
  reasons            jsonb NOT NULL DEFAULT '[]'::jsonb,
  severity           text NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high', 'critical')),
  suggested_rule_key text,
  flagged_at         timestamptz NOT NULL DEFAULT now(),
  decided_at         timestamptz,
  decided_by         uuid REFERENCES users (id) ON DELETE SET NULL,
  decision_note      text
);
CREATE INDEX moderation_queue_pending_idx ON moderation_queue (workspace_id, flagged_at) WHERE status = 'pending';
CREATE INDEX moderation_queue_workspace_idx ON moderation_queue (workspace_id, status, flagged_at DESC);

-- Where an item stands on its network after our moderation (null: as posted).
ALTER TABLE items
  ADD COLUMN moderation_state      text CHECK (moderation_state IN ('hidden', 'removed')),
  ADD COLUMN moderation_changed_at timestamptz;

-- Undo of a block or mute, where the network allows it.
ALTER TABLE outbound_actions DROP CONSTRAINT outbound_actions_kind_check;
ALTER TABLE outbound_actions ADD CONSTRAINT outbound_actions_kind_check CHECK (
  kind IN ('publicReply', 'privateReply', 'publish', 'hide', 'unhide', 'delete', 'block', 'unblock', 'mute',
           'unmute', 'report', 'ban', 'authorizeFollow', 'rejectFollow')
);

-- Evidence: what an item was, captured before we hide or remove it (or on demand). Records form a
-- hash chain per workspace (hash = SHA-256 over the previous hash and the record with its artifacts'
-- hashes); rows are never updated or deleted (triggers), and neither the workspace, channel, item nor
-- capturing user can be deleted under them.
CREATE TABLE evidence_records (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id       uuid NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
  seq                bigint NOT NULL CHECK (seq > 0),
  -- RESTRICT: an item under legal hold cannot be deleted (retention and erasure skip it).
  item_id            uuid REFERENCES items (id) ON DELETE RESTRICT,
  channel_id         uuid REFERENCES channels (id) ON DELETE RESTRICT,
  item_platform_id   text,
  item_url           text,
  -- Why it was captured ('before hide', 'on demand: …') and why it is held.
  reason             text NOT NULL,
  legal_hold_reason  text NOT NULL,
  captured_by        uuid REFERENCES users (id) ON DELETE RESTRICT,
  captured_by_label  text NOT NULL,
  captured_at        timestamptz NOT NULL,
  -- [{ kind, filename, contentType, size, sha256 }] in artifact order: the hashed list.
  manifest           jsonb NOT NULL,
  -- Anything that could not be captured (a screenshot without Chromium, a media URL that failed).
  capture_errors     jsonb NOT NULL DEFAULT '[]'::jsonb,
  prev_hash          text NOT NULL,
  hash               text NOT NULL,
  UNIQUE (workspace_id, seq)
);
CREATE INDEX evidence_records_item_idx ON evidence_records (item_id) WHERE item_id IS NOT NULL;

CREATE TABLE evidence_artifacts (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  record_id    uuid NOT NULL REFERENCES evidence_records (id) ON DELETE RESTRICT,
  position     integer NOT NULL,
  -- raw: the platform payload; item: the normalised item; thread: its thread context and
  -- neighbouring items; author: the profile as it was; media: a copy; screenshot: PNG of the thread.
  kind         text NOT NULL CHECK (kind IN ('raw', 'item', 'thread', 'author', 'media', 'screenshot')),
  filename     text NOT NULL,
  content_type text NOT NULL,
  content      bytea NOT NULL,
  sha256       text NOT NULL,
  UNIQUE (record_id, position)
);

CREATE FUNCTION evidence_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evidence is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME;
END $$;
CREATE TRIGGER evidence_records_append_only BEFORE UPDATE OR DELETE ON evidence_records
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();
CREATE TRIGGER evidence_artifacts_append_only BEFORE UPDATE OR DELETE ON evidence_artifacts
  FOR EACH ROW EXECUTE FUNCTION evidence_append_only();

-- What moderators did, each citing a guideline rule with a statement of reasons.
CREATE TABLE moderation_actions (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id          uuid NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
  item_id               uuid REFERENCES items (id) ON DELETE SET NULL,
  channel_id            uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
  queue_entry_id        uuid REFERENCES moderation_queue (id) ON DELETE SET NULL,
  kind                  text NOT NULL CHECK (kind IN ('hide', 'unhide', 'remove', 'block', 'unblock', 'mute', 'unmute', 'report')),
  -- The rule cited: the published version it was in, its key and number, its title as shown then.
  guideline_version_id  uuid REFERENCES guideline_versions (id) ON DELETE RESTRICT,
  guideline_rule_key    text,
  guideline_rule_number integer,
  guideline_rule_title  text,
  statement             text NOT NULL CHECK (length(statement) BETWEEN 1 AND 5000),
  status                text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
  error                 text,
  outbound_action_id    uuid REFERENCES outbound_actions (id) ON DELETE SET NULL,
  evidence_record_id    uuid REFERENCES evidence_records (id) ON DELETE RESTRICT,
  undoes_action_id      uuid REFERENCES moderation_actions (id) ON DELETE SET NULL,
  undone_by_action_id   uuid REFERENCES moderation_actions (id) ON DELETE SET NULL,
  created_by            uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at            timestamptz NOT NULL DEFAULT now(),
  completed_at          timestamptz
);
CREATE INDEX moderation_actions_item_idx ON moderation_actions (item_id, created_at DESC);
CREATE INDEX moderation_actions_workspace_idx ON moderation_actions (workspace_id, created_at DESC);
CREATE UNIQUE INDEX moderation_actions_outbound_idx ON moderation_actions (outbound_action_id)
  WHERE outbound_action_id IS NOT NULL;

-- Police-report packages: the PDF and the ZIP (artifacts + manifest) are kept as made, so every
-- download is the same bytes and its hash can be quoted.
CREATE TABLE police_reports (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  workspace_id      uuid NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
  reference         text NOT NULL,
  language          text NOT NULL CHECK (language IN ('sv', 'nl', 'en')),
  -- 'SE' lays it out as a polisanmälan, 'NL' as an aangifte.
  jurisdiction      text NOT NULL CHECK (jurisdiction IN ('SE', 'NL')),
  offence_category  text NOT NULL,
  description       text NOT NULL DEFAULT '',
  -- { name, organisation, role?, email, phone?, address? }: who reports and how to reach them.
  reporter          jsonb NOT NULL,
  record_ids        uuid[] NOT NULL,
  pdf               bytea NOT NULL,
  pdf_sha256        text NOT NULL,
  zip               bytea NOT NULL,
  zip_sha256        text NOT NULL,
  created_by        uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (workspace_id, reference)
);

-- Chain of custody: every capture, hold, view, export and download of evidence, by whom and when.
CREATE TABLE evidence_custody_events (
  id           bigserial PRIMARY KEY,
  workspace_id uuid NOT NULL REFERENCES workspaces (id) ON DELETE RESTRICT,
  record_id    uuid REFERENCES evidence_records (id) ON DELETE RESTRICT,
  report_id    uuid REFERENCES police_reports (id) ON DELETE RESTRICT,
  event        text NOT NULL CHECK (event IN ('captured', 'viewed', 'artifact_downloaded', 'report_created',
                                              'report_downloaded', 'purge_skipped', 'erasure_skipped')),
  actor_id     uuid REFERENCES users (id) ON DELETE SET NULL,
  actor_label  text NOT NULL,
  details      jsonb NOT NULL DEFAULT '{}'::jsonb,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evidence_custody_record_idx ON evidence_custody_events (record_id, at) WHERE record_id IS NOT NULL;
CREATE INDEX evidence_custody_report_idx ON evidence_custody_events (report_id, at) WHERE report_id IS NOT NULL;

-- Retention: inbound items older than this are purged daily (null: kept). Evidence is never purged.
ALTER TABLE workspaces ADD COLUMN retention_days integer CHECK (retention_days IS NULL OR retention_days >= 30);

-- Evidence verification cross-checks the audit log's evidence.captured entries of a workspace.
CREATE INDEX audit_log_action_idx ON audit_log (workspace_id, action, seq);
