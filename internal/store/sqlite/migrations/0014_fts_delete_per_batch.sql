-- Take revised documents out of the full-text index once per ingest batch
-- (sqlstore's Dialect.UnindexText), not by a trigger per deleted row:
-- FTS5 writes a segment for every statement that changes it, and a batch
-- of corrections spent most of its time merging one segment per revision.
-- Ingest's retire is the only place that deletes documents.
DROP TRIGGER documents_fts_delete;
