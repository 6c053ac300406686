-- Retention (sitrep prune, serve --retain-*): the change log is pruned
-- up to a seq, kept here, so that a reader whose cursor is below it is
-- told to read the incidents again (store.ErrGone, HTTP 410) rather than
-- silently missing entries. Finished deliveries are pruned by done_at.
CREATE TABLE change_log_pruned (seq INTEGER NOT NULL);
INSERT INTO change_log_pruned (seq) VALUES (0);
CREATE INDEX deliveries_done ON deliveries (done_at) WHERE status <> 'pending';
