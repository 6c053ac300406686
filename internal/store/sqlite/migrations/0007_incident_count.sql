-- The number of incidents, kept by triggers: SQLite's count(*) reads
-- every page of an index (a tenth of a second at a million incidents),
-- and every unfiltered page of the API reports the total.
CREATE TABLE incident_count (n INTEGER NOT NULL);
INSERT INTO incident_count (n) SELECT count(*) FROM incidents;
CREATE TRIGGER incident_count_insert AFTER INSERT ON incidents BEGIN
	UPDATE incident_count SET n = n + 1;
END;
CREATE TRIGGER incident_count_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_count SET n = n - 1;
END;
