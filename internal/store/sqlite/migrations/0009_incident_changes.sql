-- The incident change log that GET /api/changes and its event stream
-- serve: one entry per incident created, updated (its merged record
-- changed) or removed, written in the transaction that made the change
-- (sqlstore's changeSet and logChanges). seq only grows and is never
-- reused (AUTOINCREMENT), and writers take turns, so entries become
-- visible in seq order and a reader continuing after the last seq it saw
-- misses none. revision counts the entries of one incident id;
-- incidents.revision is that of the current record. The incidents stored
-- before the log existed enter it as created.
ALTER TABLE incidents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TABLE incident_changes (
	seq      INTEGER PRIMARY KEY AUTOINCREMENT,
	incident TEXT NOT NULL,
	kind     TEXT NOT NULL CHECK (kind IN ('created', 'updated', 'removed')),
	revision INTEGER NOT NULL,
	at       TEXT NOT NULL
);
CREATE INDEX incident_changes_incident ON incident_changes (incident, revision);
INSERT INTO incident_changes (incident, kind, revision, at)
	SELECT id, 'created', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM incidents ORDER BY rid;
