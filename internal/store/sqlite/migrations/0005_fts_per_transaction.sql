-- Index new documents' text once per ingest transaction (sqlstore's
-- Dialect.IndexText), not by a trigger per document: FTS5 flushes its
-- pending terms into a new segment at every statement savepoint, so a
-- trigger wrote one tiny segment per document and spent most of an
-- ingest merging them. The delete trigger stays.
DROP TRIGGER documents_fts_insert;
