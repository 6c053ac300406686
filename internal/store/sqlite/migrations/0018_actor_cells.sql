-- Stats of an --actor search at a million incidents (issue 13): they
-- grouped the key's incidents, each looked up in incidents by its rid
-- (78,000 for "taliban"), and counted their documents through every
-- match's extractions: 1.2 to 2.1 seconds.
--
-- Each entry of incident_actor carries its incident's country and type,
-- copied as the key's date is (incidents are never updated in place), so
-- that an --actor search with countries, types and dates, its total, its
-- page and its stats, reads the key's range of incident_actor alone.
ALTER TABLE incident_actor ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_actor ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE incident_actor SET country = i.country, type = i.type FROM incidents i WHERE i.rid = incident_actor.rid;
-- An actor with a country (and a type) groups its stats, and counts its
-- total with a type, from the key's entries of that country alone.
CREATE INDEX incident_actor_country ON incident_actor (key, country, type, date);

-- The documents reporting incidents, by actor key and the incident's
-- date, country and type, as incident_documents of 0013 is by country,
-- type and date: the stats of an --actor search count the distinct
-- documents of a range of the key here. n is how many extractions of the
-- document report incidents of that key, date, country and type; triggers
-- on both sides of the join keep it.
CREATE TABLE incident_actor_documents (
	key     TEXT NOT NULL,
	date    TEXT NOT NULL,
	doc_seq INTEGER NOT NULL,
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	n       INTEGER NOT NULL,
	PRIMARY KEY (key, date, doc_seq, country, type)
) WITHOUT ROWID;
INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
	SELECT a.key, a.date, e.doc_seq, a.country, a.type, count(*) FROM incident_actor a JOIN extractions e ON e.incident = a.id
	GROUP BY a.key, a.date, e.doc_seq, a.country, a.type;
CREATE TRIGGER incident_actor_documents_actor_insert AFTER INSERT ON incident_actor BEGIN
	INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
		SELECT new.key, new.date, e.doc_seq, new.country, new.type, count(*) FROM extractions e WHERE e.incident = new.id GROUP BY e.doc_seq
		ON CONFLICT (key, date, doc_seq, country, type) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER incident_actor_documents_actor_delete AFTER DELETE ON incident_actor BEGIN
	UPDATE incident_actor_documents SET n = n - (SELECT count(*) FROM extractions e WHERE e.incident = old.id AND e.doc_seq = incident_actor_documents.doc_seq)
		WHERE key = old.key AND date = old.date AND country = old.country AND type = old.type
		AND doc_seq IN (SELECT doc_seq FROM extractions WHERE incident = old.id);
	DELETE FROM incident_actor_documents WHERE key = old.key AND date = old.date AND country = old.country AND type = old.type AND n = 0;
END;
CREATE TRIGGER incident_actor_documents_extraction_insert AFTER INSERT ON extractions BEGIN
	INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
		SELECT a.key, a.date, new.doc_seq, a.country, a.type, 1 FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = new.incident
		ON CONFLICT (key, date, doc_seq, country, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_actor_documents_extraction_delete AFTER DELETE ON extractions BEGIN
	UPDATE incident_actor_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (key, date, country, type) IN (SELECT a.key, a.date, a.country, a.type FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = old.incident);
	DELETE FROM incident_actor_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (key, date, country, type) IN (SELECT a.key, a.date, a.country, a.type FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = old.incident);
END;
CREATE TRIGGER incident_actor_documents_extraction_move AFTER UPDATE OF incident, doc_seq ON extractions
	WHEN new.incident IS NOT old.incident OR new.doc_seq IS NOT old.doc_seq BEGIN
	UPDATE incident_actor_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (key, date, country, type) IN (SELECT a.key, a.date, a.country, a.type FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = old.incident);
	DELETE FROM incident_actor_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (key, date, country, type) IN (SELECT a.key, a.date, a.country, a.type FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = old.incident);
	INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
		SELECT a.key, a.date, new.doc_seq, a.country, a.type, 1 FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = new.incident
		ON CONFLICT (key, date, doc_seq, country, type) DO UPDATE SET n = n + 1;
END;

-- incidents_near carries the type and country of its incidents too, so
-- that --near with --type or --country, and the stats of a circle, which
-- group its matches by country, type and date, read the index alone
-- instead of looking up every incident of the circle's box. (Its leading
-- columns are unchanged; sqlstore's filter keeps the planner on it.)
DROP INDEX incidents_near;
CREATE INDEX incidents_near ON incidents (floor(lat * 16), lon, lat, date, id, type, country) WHERE lat IS NOT NULL;

-- Incidents by actor key, type and month, and by actor key, country and
-- month, with their days as the counters of 0017 keep them: the stats of
-- an --actor search with dates at most read the key's rows here (3,000
-- for "taliban") as unfiltered stats read incident_stats_month_type and
-- incident_stats_cell, instead of grouping its 78,000 entries.
CREATE TABLE incident_actor_type_month (
	key   TEXT NOT NULL,
	type  TEXT NOT NULL,
	month TEXT NOT NULL,
	n     INTEGER NOT NULL,
	days  TEXT NOT NULL,
	PRIMARY KEY (key, type, month)
) WITHOUT ROWID;
CREATE TABLE incident_actor_country_month (
	key     TEXT NOT NULL,
	country TEXT NOT NULL,
	month   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	days    TEXT NOT NULL,
	PRIMARY KEY (key, country, month)
) WITHOUT ROWID;
INSERT INTO incident_actor_type_month (key, type, month, n, days)
	SELECT key, type, month, sum(n), json_group_object(rest, n) FROM (
		SELECT key, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
		FROM incident_actor GROUP BY key, type, date)
	GROUP BY key, type, month;
INSERT INTO incident_actor_country_month (key, country, month, n, days)
	SELECT key, country, month, sum(n), json_group_object(rest, n) FROM (
		SELECT key, country, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
		FROM incident_actor GROUP BY key, country, date)
	GROUP BY key, country, month;
CREATE TRIGGER incident_actor_cells_insert AFTER INSERT ON incident_actor BEGIN
	INSERT INTO incident_actor_type_month (key, type, month, n, days) VALUES (new.key, new.type, substr(new.date, 1, 7), 1, json_object(substr(new.date, 8), 1))
		ON CONFLICT (key, type, month) DO UPDATE SET n = n + 1,
			days = json_set(days, '$."' || substr(new.date, 8) || '"', coalesce(json_extract(days, '$."' || substr(new.date, 8) || '"'), 0) + 1);
	INSERT INTO incident_actor_country_month (key, country, month, n, days) VALUES (new.key, new.country, substr(new.date, 1, 7), 1, json_object(substr(new.date, 8), 1))
		ON CONFLICT (key, country, month) DO UPDATE SET n = n + 1,
			days = json_set(days, '$."' || substr(new.date, 8) || '"', coalesce(json_extract(days, '$."' || substr(new.date, 8) || '"'), 0) + 1);
END;
CREATE TRIGGER incident_actor_cells_delete AFTER DELETE ON incident_actor BEGIN
	UPDATE incident_actor_type_month SET n = n - 1,
		days = CASE json_extract(days, '$."' || substr(old.date, 8) || '"') WHEN 1 THEN json_remove(days, '$."' || substr(old.date, 8) || '"')
			ELSE json_set(days, '$."' || substr(old.date, 8) || '"', json_extract(days, '$."' || substr(old.date, 8) || '"') - 1) END
		WHERE key = old.key AND type = old.type AND month = substr(old.date, 1, 7);
	DELETE FROM incident_actor_type_month WHERE key = old.key AND type = old.type AND month = substr(old.date, 1, 7) AND n = 0;
	UPDATE incident_actor_country_month SET n = n - 1,
		days = CASE json_extract(days, '$."' || substr(old.date, 8) || '"') WHEN 1 THEN json_remove(days, '$."' || substr(old.date, 8) || '"')
			ELSE json_set(days, '$."' || substr(old.date, 8) || '"', json_extract(days, '$."' || substr(old.date, 8) || '"') - 1) END
		WHERE key = old.key AND country = old.country AND month = substr(old.date, 1, 7);
	DELETE FROM incident_actor_country_month WHERE key = old.key AND country = old.country AND month = substr(old.date, 1, 7) AND n = 0;
END;
