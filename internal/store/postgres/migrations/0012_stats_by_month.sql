-- Counters and covering indexes for /api/stats at a million incidents.
--
-- Incidents by month and type, kept by a trigger like the day counts of
-- 0008: a timeline over decades is drawn by month, and these few thousand
-- rows replace the hundred thousand of days and types. The month is the
-- date's first seven bytes: a day gives its month, a month or a year
-- (a date known only so far) stays itself, undated incidents count under ''.
CREATE TABLE incident_stats_month_type (
	month TEXT NOT NULL,
	type  TEXT NOT NULL,
	n     BIGINT NOT NULL,
	PRIMARY KEY (month, type)
);
INSERT INTO incident_stats_month_type (month, type, n)
	SELECT substr(date, 1, 7), type, count(*) FROM incidents GROUP BY substr(date, 1, 7), type;
CREATE FUNCTION incident_stats_month_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_month_type (month, type, n) VALUES (substr(NEW.date, 1, 7), NEW.type, 1)
			ON CONFLICT (month, type) DO UPDATE SET n = incident_stats_month_type.n + 1;
	ELSE
		UPDATE incident_stats_month_type SET n = n - 1 WHERE month = substr(OLD.date, 1, 7) AND type = OLD.type;
		DELETE FROM incident_stats_month_type WHERE month = substr(OLD.date, 1, 7) AND type = OLD.type AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_stats_month_change AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_stats_month_change();

-- The documents stored, and those reporting at least one incident (having
-- an extraction): count(*) and count(DISTINCT doc_seq) read a whole table
-- or index at every unfiltered stats. Writers take turns (sqlstore's
-- Dialect.Lock), so the one row is no contention.
CREATE TABLE document_count (stored BIGINT NOT NULL, reporting BIGINT NOT NULL);
INSERT INTO document_count (stored, reporting)
	SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_seq) FROM extractions);
CREATE FUNCTION document_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		UPDATE document_count SET stored = stored + 1;
	ELSE
		UPDATE document_count SET stored = stored - 1;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER document_count_change AFTER INSERT OR DELETE ON documents
	FOR EACH ROW EXECUTE FUNCTION document_count_change();
-- Reporting documents change by statement, from its transition table: a
-- row trigger would run after the whole statement, when a document's
-- other extractions deleted with it are already gone.
CREATE FUNCTION document_reporting_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE document_count SET reporting = reporting + (SELECT count(DISTINCT n.doc_seq) FROM new_rows n
		WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.doc_seq = n.doc_seq
			AND NOT EXISTS (SELECT 1 FROM new_rows m WHERE m.id = e.id)));
	RETURN NULL;
END;
$$;
CREATE TRIGGER document_reporting_insert AFTER INSERT ON extractions
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION document_reporting_insert();
CREATE FUNCTION document_reporting_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE document_count SET reporting = reporting - (SELECT count(DISTINCT o.doc_seq) FROM old_rows o
		WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.doc_seq = o.doc_seq));
	RETURN NULL;
END;
$$;
CREATE TRIGGER document_reporting_delete AFTER DELETE ON extractions
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION document_reporting_delete();

-- Filtered stats group the matches by country, type and date in one pass;
-- the date, type and country indexes carry the other columns so that the
-- pass can be an index-only scan (incidents_country_type holds all three,
-- but not with the date second, as a country with dates wants it). Their
-- keys, and so the pages they give, are unchanged.
DROP INDEX incidents_type;
CREATE INDEX incidents_type ON incidents (type, date, id) INCLUDE (country);
DROP INDEX incidents_date;
CREATE INDEX incidents_date ON incidents (date, id) INCLUDE (type, country);
DROP INDEX incidents_country;
CREATE INDEX incidents_country ON incidents (country, date, id) INCLUDE (type);
