-- 0010 audit_append: appending to a workspace's audit chain in one statement. The chain's lock is
-- held from its grant to the commit; doing the lock, the read of the last entry, the hash and the
-- insert inside the server (one round trip instead of three) is what lets a busy workspace make a
-- few hundred audited changes a second (bench/publishing.bench.ts). The application still builds
-- the canonical JSON of the entry (audit-hash.ts) and passes it split around the seq, which only
-- the server knows: hash = sha256(prev_hash || '\n' || before || "<seq>" || after), exactly what
-- auditHash() computes, so verification is unchanged. Each statement of a VOLATILE plpgsql
-- function takes a fresh snapshot, so the read after the lock sees the previous holder's entry.

CREATE FUNCTION audit_append(
  p_workspace_id uuid,
  p_actor_id uuid,
  p_actor_label text,
  p_action text,
  p_subject_type text,
  p_subject_id text,
  p_data jsonb,
  p_created_at timestamptz,
  p_canonical_before_seq text,
  p_canonical_after_seq text,
  p_genesis_hash text
) RETURNS TABLE (id bigint, seq bigint) LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  new_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('audit:' || p_workspace_id::text, 0));
  SELECT a.seq, a.hash INTO last_seq, last_hash
    FROM audit_log a
   WHERE a.workspace_id = p_workspace_id
   ORDER BY a.seq DESC
   LIMIT 1;
  new_seq := coalesce(last_seq, 0) + 1;
  last_hash := coalesce(last_hash, p_genesis_hash);
  RETURN QUERY
  INSERT INTO audit_log AS l (workspace_id, seq, actor_id, actor_label, action, subject_type, subject_id, data,
                              created_at, prev_hash, hash)
  VALUES (p_workspace_id, new_seq, p_actor_id, p_actor_label, p_action, p_subject_type, p_subject_id, p_data,
          p_created_at, last_hash,
          encode(sha256(convert_to(last_hash || E'\n' || p_canonical_before_seq || to_json(new_seq::text)::text
                                   || p_canonical_after_seq, 'UTF8')), 'hex'))
  RETURNING l.id, l.seq;
END $$;
