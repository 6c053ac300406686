-- The incident change log that GET /api/changes and its event stream
-- serve: one entry per incident created, updated (its merged record
-- changed) or removed, written in the transaction that made the change
-- (sqlstore's changeSet and logChanges). An identity allocates seq
-- outside transaction order, so alone it would let a reader at cursor N
-- later see an entry below N commit; here every writer allocates its
-- seqs while holding the advisory lock (sqlstore's Dialect.Lock), which
-- is released only after its commit is visible, so entries become
-- visible in seq order. A rolled-back writer leaves a gap, which readers
-- step over. revision counts the entries of one incident id;
-- incidents.revision is that of the current record. The incidents stored
-- before the log existed enter it as created.
ALTER TABLE incidents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TABLE incident_changes (
	seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	incident TEXT COLLATE "C" NOT NULL,
	kind     TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'removed')),
	revision INTEGER NOT NULL,
	at       TEXT NOT NULL
);
CREATE INDEX incident_changes_incident ON incident_changes (incident, revision);
INSERT INTO incident_changes (incident, kind, revision, at)
	SELECT id, 'created', 1, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM incidents ORDER BY rid;
