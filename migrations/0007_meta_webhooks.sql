-- 0007 Facebook/Instagram webhooks: every verified delivery is stored before it is acknowledged, so a
-- crash between "200 OK" and processing loses nothing; the body hash makes a replay a no-op.
CREATE TABLE meta_webhook_deliveries (
  id            bigserial PRIMARY KEY,
  -- SHA-256 of the raw body: Meta retries send the same bytes, an attacker's replay too.
  body_sha256   text NOT NULL UNIQUE,
  object        text NOT NULL CHECK (object IN ('page', 'instagram')),
  payload       jsonb NOT NULL,
  received_at   timestamptz NOT NULL DEFAULT now(),
  -- pending → processed (at least one entry reached a channel) or unmatched (no connected channel).
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processed', 'unmatched')),
  processed_at  timestamptz,
  -- Entry ids (Page ids, Instagram user ids) that no connected channel claims, kept for support.
  unmatched_ids text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX meta_webhook_deliveries_pending_idx ON meta_webhook_deliveries (received_at) WHERE status = 'pending';
