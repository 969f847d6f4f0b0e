-- 0010 audit append at commit. recordAudit no longer locks the workspace's audit chain where it is
-- called: it queues the entry (its canonical JSON split around the seq, which only the chain knows)
-- in audit_log_pending, and a deferred constraint trigger appends it to audit_log while the
-- transaction commits: it takes the chain's lock, reads the last entry and computes
-- hash = sha256(prev_hash || '\n' || before || "<seq>" || after), exactly what auditHash() in
-- src/audit/audit-hash.ts computes, so verification is unchanged. The lock is then held only for
-- the commit itself, not for round trips to the application, which is what bounds how many audited
-- changes a busy workspace makes per second (bench/publishing.bench.ts). Deferred triggers fire in
-- the order their rows were inserted, so a transaction's entries keep their order. Each statement
-- of the (volatile) trigger function takes a fresh snapshot: the read after the lock sees the
-- previous holder's entry. The pending row is deleted in the same transaction, so the table is
-- always empty outside a transaction (hence UNLOGGED: no WAL for it).

CREATE UNLOGGED TABLE audit_log_pending (
  id                   bigserial PRIMARY KEY,
  workspace_id         uuid NOT NULL,
  actor_id             uuid,
  actor_label          text NOT NULL,
  action               text NOT NULL,
  subject_type         text,
  subject_id           text,
  data                 jsonb NOT NULL,
  created_at           timestamptz NOT NULL,
  canonical_before_seq text NOT NULL,
  canonical_after_seq  text NOT NULL
);

CREATE FUNCTION audit_log_append_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  new_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || NEW.workspace_id::text, 0));
  SELECT a.seq, a.hash INTO last_seq, last_hash
    FROM audit_log a
   WHERE a.workspace_id = NEW.workspace_id
   ORDER BY a.seq DESC
   LIMIT 1;
  new_seq := coalesce(last_seq, 0) + 1;
  last_hash := coalesce(last_hash, repeat('0', 64)); -- GENESIS_HASH
  INSERT INTO audit_log (workspace_id, seq, actor_id, actor_label, action, subject_type, subject_id, data,
                         created_at, prev_hash, hash)
  VALUES (NEW.workspace_id, new_seq, NEW.actor_id, NEW.actor_label, NEW.action, NEW.subject_type, NEW.subject_id,
          NEW.data, NEW.created_at, last_hash,
          encode(sha256(convert_to(last_hash || E'\n' || NEW.canonical_before_seq || to_json(new_seq::text)::text
                                   || NEW.canonical_after_seq, 'UTF8')), 'hex'));
  DELETE FROM audit_log_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_log_pending_append AFTER INSERT ON audit_log_pending
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_pending();
