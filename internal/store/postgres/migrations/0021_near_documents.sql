-- Stats of a --near filter, as SQLite's 0021 (see there): the documents
-- of the located incidents by cell (a sixteenth of a degree), date,
-- country and type, so that a circle's documents are read by ranges of
-- the cells wholly inside it, and only the matches of the cells its edge
-- crosses have their extractions looked up. n is how many extractions of
-- the document report incidents of that cell, date, country and type.
CREATE TABLE incident_cell_documents (
	band    BIGINT NOT NULL, -- floor(lat * 16)
	cell    BIGINT NOT NULL, -- floor(lon * 16)
	date    TEXT COLLATE "C" NOT NULL,
	doc_seq BIGINT NOT NULL,
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	n       BIGINT NOT NULL,
	PRIMARY KEY (band, cell, date, doc_seq, country, type)
);
INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n)
	SELECT floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type, count(*)
	FROM extractions e JOIN incidents i ON i.id = e.incident WHERE i.lat IS NOT NULL AND i.lon IS NOT NULL
	GROUP BY floor(i.lat * 16), floor(i.lon * 16), i.date, e.doc_seq, i.country, i.type;
-- Each side of the join adds and removes its pairs with what the other
-- side holds at that moment, as incident_documents_add of 0013. The cell
-- is computed once as BIGINT: compared with floor()'s double precision,
-- the columns would be cast to it and the key could not bound the scan
-- (there is no int8 = float8 btree operator), so every extraction stored
-- would read the whole table. Only a removal can bring n to zero.
CREATE FUNCTION incident_cell_documents_add(lat DOUBLE PRECISION, lon DOUBLE PRECISION, d TEXT, doc BIGINT, c TEXT, t TEXT, k BIGINT)
	RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	at_band BIGINT := floor(lat * 16)::bigint;
	at_cell BIGINT := floor(lon * 16)::bigint;
BEGIN
	IF lat IS NULL OR lon IS NULL THEN
		RETURN;
	END IF;
	INSERT INTO incident_cell_documents (band, cell, date, doc_seq, country, type, n) VALUES (at_band, at_cell, d, doc, c, t, k)
		ON CONFLICT (band, cell, date, doc_seq, country, type) DO UPDATE SET n = incident_cell_documents.n + k;
	IF k < 0 THEN
		DELETE FROM incident_cell_documents WHERE band = at_band AND cell = at_cell AND date = d
			AND doc_seq = doc AND country = c AND type = t AND n = 0;
	END IF;
END;
$$;
CREATE FUNCTION incident_cell_documents_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM incident_cell_documents_add(NEW.lat, NEW.lon, NEW.date, e.doc_seq, NEW.country, NEW.type, count(*))
			FROM extractions e WHERE e.incident = NEW.id GROUP BY e.doc_seq;
	ELSE
		PERFORM incident_cell_documents_add(OLD.lat, OLD.lon, OLD.date, e.doc_seq, OLD.country, OLD.type, -count(*))
			FROM extractions e WHERE e.incident = OLD.id GROUP BY e.doc_seq;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_cell_documents_incident AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_cell_documents_incident();
CREATE FUNCTION incident_cell_documents_extraction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.incident IS NOT DISTINCT FROM NEW.incident AND OLD.doc_seq = NEW.doc_seq THEN
		RETURN NULL; -- as SQLite's WHEN: a row that stays put moves no count
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM incident_cell_documents_add(i.lat, i.lon, i.date, OLD.doc_seq, i.country, i.type, -1) FROM incidents i WHERE i.id = OLD.incident;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM incident_cell_documents_add(i.lat, i.lon, i.date, NEW.doc_seq, i.country, i.type, 1) FROM incidents i WHERE i.id = NEW.incident;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_cell_documents_extraction AFTER INSERT OR DELETE OR UPDATE OF incident, doc_seq ON extractions
	FOR EACH ROW EXECUTE FUNCTION incident_cell_documents_extraction();

-- A circle with a type, as SQLite's 0021: each run of cells a range of the
-- type's entries alone, not of every type's.
CREATE INDEX incidents_near_type ON incidents (type, (floor(lat * 16)), lon, lat, date, id) INCLUDE (country, rid) WHERE lat IS NOT NULL;
