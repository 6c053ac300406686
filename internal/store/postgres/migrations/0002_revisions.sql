-- Revisions: a document id ingested again with other content replaces the
-- stored version, whose values move to document_history with the
-- incidents extracted from it (a JSON list of {"id", "incident",
-- "record"}: the extraction, the merged incident it was in, the record).
-- documents keeps the current version of each id, numbered from 1.
ALTER TABLE documents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TABLE document_history (
	id          TEXT NOT NULL,
	revision    INTEGER NOT NULL,
	hash        TEXT NOT NULL,
	date        TEXT NOT NULL,
	title       TEXT NOT NULL,
	url         TEXT NOT NULL,
	source      TEXT NOT NULL,
	text        TEXT NOT NULL,
	ingested_at TEXT NOT NULL,
	replaced_at TEXT NOT NULL,
	extractions TEXT NOT NULL,
	PRIMARY KEY (id, revision)
);
CREATE INDEX document_history_hash ON document_history (hash);
