-- 0010 audit chain heads: the last seq and hash of each workspace's audit chain in a row of its own.
-- An append locks that row and reads it in one statement (SELECT … FOR UPDATE sees the previous
-- holder's committed update), then writes the entry and the new head in one more: two round trips
-- under the lock instead of three, which is what bounds how many audited changes a workspace makes
-- per second (bench/publishing.bench.ts). audit_log stays the record; this row is only its end.

CREATE TABLE audit_chain_heads (
  workspace_id uuid PRIMARY KEY REFERENCES workspaces (id) ON DELETE CASCADE,
  seq          bigint NOT NULL,
  hash         text NOT NULL
);

INSERT INTO audit_chain_heads (workspace_id, seq, hash)
SELECT DISTINCT ON (workspace_id) workspace_id, seq, hash
  FROM audit_log
 ORDER BY workspace_id, seq DESC;
