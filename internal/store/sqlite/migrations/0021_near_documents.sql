-- Stats of a --near filter at a million incidents (issue 13): counting the
-- documents that report a circle's matches looked up each match's
-- extractions, 24,000 lookups for a dense circle of 200 km (130-160 ms of
-- CPU), where the counts by country, type and period read only the cells.
--
-- The documents of the located incidents by cell (as incident_near_cell,
-- a sixteenth of a degree), date, country and type, kept by triggers like
-- incident_documents (0013): a circle's documents are those of the cells
-- wholly inside it, read by ranges of this key, and those of the matches
-- of the cells its edge crosses, looked up as before (sqlstore's
-- nearStats). n is how many extractions of the document report incidents
-- of that cell, date, country and type: each side of the join adds and
-- removes its pairs with what the other side holds at that moment.
CREATE TABLE incident_cell_documents (
	band    INTEGER NOT NULL, -- floor(lat * 16)
	cell    INTEGER NOT NULL, -- floor(lon * 16)
	date    TEXT NOT NULL,
	doc_seq INTEGER NOT NULL,
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	n       INTEGER NOT NULL,
	PRIMARY KEY (band, cell, date, doc_seq, country, type)
) WITHOUT ROWID;
INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
	SELECT floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type, count(*)
	FROM extractions e JOIN incidents i ON i.id = e.incident WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL
	GROUP BY floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type;
CREATE TRIGGER incident_cell_documents_incident_insert AFTER INSERT ON incidents
	WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
	INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
		SELECT floor(new.lat * 16), floor(new.lon * 16), new.date, e.doc_seq, new.country, new.type, count(*)
		FROM extractions e WHERE e.incident = new.id GROUP BY e.doc_seq
		ON CONFLICT (band, cell, date, doc_seq, country, type) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER incident_cell_documents_incident_delete AFTER DELETE ON incidents
	WHEN old.lat IS NOT NULL AND old.lon IS NOT NULL BEGIN
	UPDATE incident_cell_documents SET n = n - (SELECT count(*) FROM extractions e WHERE e.incident = old.id AND e.doc_seq = incident_cell_documents.doc_seq)
		WHERE band = floor(old.lat * 16) AND cell = floor(old.lon * 16) AND date = old.date
		AND country = old.country AND type = old.type
		AND doc_seq IN (SELECT doc_seq FROM extractions WHERE incident = old.id);
	DELETE FROM incident_cell_documents WHERE band = floor(old.lat * 16) AND cell = floor(old.lon * 16) AND date = old.date AND n = 0;
END;
CREATE TRIGGER incident_cell_documents_extraction_insert AFTER INSERT ON extractions BEGIN
	INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
		SELECT floor(i.lat * 16), floor(i.lon * 16), i.date, new.doc_seq, i.country, i.type, 1
		FROM incidents i WHERE i.id = new.incident AND i.lat IS NOT NULL AND i.lon IS NOT NULL
		ON CONFLICT (band, cell, date, doc_seq, country, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_cell_documents_extraction_delete AFTER DELETE ON extractions BEGIN
	UPDATE incident_cell_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (band, cell, date, country, type) = (SELECT floor(lat * 16), floor(lon * 16), date, country, type FROM incidents WHERE id = old.incident);
	DELETE FROM incident_cell_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (band, cell, date) = (SELECT floor(lat * 16), floor(lon * 16), date FROM incidents WHERE id = old.incident);
END;
CREATE TRIGGER incident_cell_documents_extraction_move AFTER UPDATE OF incident, doc_seq ON extractions
	WHEN new.incident IS NOT old.incident OR new.doc_seq IS NOT old.doc_seq BEGIN
	UPDATE incident_cell_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (band, cell, date, country, type) = (SELECT floor(lat * 16), floor(lon * 16), date, country, type FROM incidents WHERE id = old.incident);
	DELETE FROM incident_cell_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (band, cell, date) = (SELECT floor(lat * 16), floor(lon * 16), date FROM incidents WHERE id = old.incident);
	INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
		SELECT floor(i.lat * 16), floor(i.lon * 16), i.date, new.doc_seq, i.country, i.type, 1
		FROM incidents i WHERE i.id = new.incident AND i.lat IS NOT NULL AND i.lon IS NOT NULL
		ON CONFLICT (band, cell, date, doc_seq, country, type) DO UPDATE SET n = n + 1;
END;

-- A circle with a type (near + type, at a million incidents): the type was
-- hidden from the planner, lest its index drive the query, so that every
-- run of cells read all its entries of incidents_near, ten of other types
-- for each one kept (400-700 pages for 1,000-2,000 matches in 200 km).
-- Led by the type, each run is a range of the type's entries alone.
CREATE INDEX incidents_near_type ON incidents (type, floor(lat * 16), lon, lat, date, id, country) WHERE lat IS NOT NULL;
