-- Counters and covering indexes for /api/stats at a million incidents.
--
-- Incidents by month and type, kept by triggers like the day counts of
-- 0008: a timeline over decades is drawn by month, and these few thousand
-- rows replace the hundred thousand of days and types. The month is the
-- date's first seven bytes: a day gives its month, a month or a year
-- (a date known only so far) stays itself, undated incidents count under ''.
CREATE TABLE incident_stats_month_type (
	month TEXT NOT NULL,
	type  TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (month, type)
) WITHOUT ROWID;
INSERT INTO incident_stats_month_type (month, type, n)
	SELECT substr(date, 1, 7), type, count(*) FROM incidents GROUP BY substr(date, 1, 7), type;
CREATE TRIGGER incident_stats_month_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_month_type (month, type, n) VALUES (substr(new.date, 1, 7), new.type, 1)
		ON CONFLICT (month, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_stats_month_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_month_type SET n = n - 1 WHERE month = substr(old.date, 1, 7) AND type = old.type;
	DELETE FROM incident_stats_month_type WHERE month = substr(old.date, 1, 7) AND type = old.type AND n = 0;
END;

-- The documents stored, and those reporting at least one incident (having
-- an extraction): count(*) and count(DISTINCT doc_seq) read a whole index,
-- a tenth of a second each at a million.
CREATE TABLE document_count (stored INTEGER NOT NULL, reporting INTEGER NOT NULL);
INSERT INTO document_count (stored, reporting)
	SELECT (SELECT count(*) FROM documents), (SELECT count(DISTINCT doc_seq) FROM extractions);
CREATE TRIGGER document_count_insert AFTER INSERT ON documents BEGIN
	UPDATE document_count SET stored = stored + 1;
END;
CREATE TRIGGER document_count_delete AFTER DELETE ON documents BEGIN
	UPDATE document_count SET stored = stored - 1;
END;
CREATE TRIGGER document_reporting_insert AFTER INSERT ON extractions
	WHEN NOT EXISTS (SELECT 1 FROM extractions WHERE doc_seq = new.doc_seq AND rowid <> new.rowid) BEGIN
	UPDATE document_count SET reporting = reporting + 1;
END;
CREATE TRIGGER document_reporting_delete AFTER DELETE ON extractions
	WHEN NOT EXISTS (SELECT 1 FROM extractions WHERE doc_seq = old.doc_seq) BEGIN
	UPDATE document_count SET reporting = reporting - 1;
END;

-- Filtered stats group the matches by country, type and date in one pass;
-- the date, type and country indexes carry the other columns so that the
-- pass reads only the index (incidents_country_type holds all three, but
-- not with the date second, as a country with dates wants it). Their
-- leading columns, and so the pages they give, are unchanged.
DROP INDEX incidents_type;
CREATE INDEX incidents_type ON incidents (type, date, id, country);
DROP INDEX incidents_date;
CREATE INDEX incidents_date ON incidents (date, id, type, country);
DROP INDEX incidents_country;
CREATE INDEX incidents_country ON incidents (country, date, id, type);

-- --near reads a box as one range of longitudes in each quarter degree of
-- latitude it spans (sqlstore's nearBox), and tests the distance and takes
-- its page from this index alone. The R-tree gave only the rowids of the
-- box, and looking each one up was most of a near query in a dense place.
CREATE INDEX incidents_near ON incidents (floor(lat * 4), lon, lat, date, id) WHERE lat IS NOT NULL;
DROP TRIGGER incidents_geo_insert;
DROP TRIGGER incidents_geo_delete;
DROP TABLE incidents_geo;
