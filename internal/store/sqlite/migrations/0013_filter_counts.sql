-- Counters that answer the totals of filtered lists and stats at a
-- million incidents without reading every match (issue 13: a count over
-- an index range reads one entry per match, 90,000 for one type).
--
-- Incidents by country, type and month, kept like the counters of 0008
-- and 0012: a total for countries, types and dates sums the months wholly
-- inside the dates here (a few thousand rows at most) and counts only the
-- first and last month from an index.
CREATE TABLE incident_stats_cell (
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	month   TEXT NOT NULL,
	n       INTEGER NOT NULL,
	PRIMARY KEY (country, type, month)
) WITHOUT ROWID;
INSERT INTO incident_stats_cell (country, type, month, n)
	SELECT country, type, substr(date, 1, 7), count(*) FROM incidents GROUP BY country, type, substr(date, 1, 7);
CREATE TRIGGER incident_stats_cell_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_stats_cell (country, type, month, n) VALUES (new.country, new.type, substr(new.date, 1, 7), 1)
		ON CONFLICT (country, type, month) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_stats_cell_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_stats_cell SET n = n - 1 WHERE country = old.country AND type = old.type AND month = substr(old.date, 1, 7);
	DELETE FROM incident_stats_cell WHERE country = old.country AND type = old.type AND month = substr(old.date, 1, 7) AND n = 0;
END;

-- Every run of whole words of an actor's name is a key of incident_actor
-- (it held the name's word suffixes): an --actor search matches exactly
-- one key, so that its total is one key's count. The runs of a name are
-- the word prefixes of its suffixes, each suffix kept or beginning a kept
-- key of the same incident. The list of keys a search matched
-- (actor_keys) is no longer asked for.
DROP TRIGGER actor_keys_insert;
DROP TABLE actor_keys;
WITH RECURSIVE runs (key, date, id, rid, rest) AS (
	SELECT CASE WHEN instr(key, ' ') > 0 THEN substr(key, 1, instr(key, ' ') - 1) ELSE key END, date, id, rid,
		CASE WHEN instr(key, ' ') > 0 THEN substr(key, instr(key, ' ') + 1) ELSE '' END
	FROM incident_actor
	UNION ALL
	SELECT key || ' ' || CASE WHEN instr(rest, ' ') > 0 THEN substr(rest, 1, instr(rest, ' ') - 1) ELSE rest END, date, id, rid,
		CASE WHEN instr(rest, ' ') > 0 THEN substr(rest, instr(rest, ' ') + 1) ELSE '' END
	FROM runs WHERE rest <> ''
)
INSERT INTO incident_actor (key, date, id, rid) SELECT key, date, id, rid FROM runs WHERE true ON CONFLICT DO NOTHING;

-- Incidents by actor key and month, the same for an --actor search: its
-- total sums months, and counts the first and last from incident_actor's
-- primary key.
CREATE TABLE incident_actor_month (
	key   TEXT NOT NULL,
	month TEXT NOT NULL,
	n     INTEGER NOT NULL,
	PRIMARY KEY (key, month)
) WITHOUT ROWID;
INSERT INTO incident_actor_month (key, month, n)
	SELECT key, substr(date, 1, 7), count(*) FROM incident_actor GROUP BY key, substr(date, 1, 7);
CREATE TRIGGER incident_actor_month_insert AFTER INSERT ON incident_actor BEGIN
	INSERT INTO incident_actor_month (key, month, n) VALUES (new.key, substr(new.date, 1, 7), 1)
		ON CONFLICT (key, month) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_actor_month_delete AFTER DELETE ON incident_actor BEGIN
	UPDATE incident_actor_month SET n = n - 1 WHERE key = old.key AND month = substr(old.date, 1, 7);
	DELETE FROM incident_actor_month WHERE key = old.key AND month = substr(old.date, 1, 7) AND n = 0;
END;

-- The documents reporting incidents, by the incident's country, type and
-- date: filtered stats count the distinct documents of their matches here,
-- a range of this table, instead of looking up every match's extractions
-- (100,000 pages for one country). n is how many extractions of the
-- document report incidents of that country, type and date; triggers on
-- both sides of the join keep it (incidents are never updated in place,
-- an extraction's incident is).
CREATE TABLE incident_documents (
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	date    TEXT NOT NULL,
	doc_seq INTEGER NOT NULL,
	n       INTEGER NOT NULL,
	PRIMARY KEY (country, type, date, doc_seq)
) WITHOUT ROWID;
CREATE INDEX incident_documents_type ON incident_documents (type, date, doc_seq);
CREATE INDEX incident_documents_date ON incident_documents (date, doc_seq);
INSERT INTO incident_documents (country, type, date, doc_seq, n)
	SELECT i.country, i.type, i.date, e.doc_seq, count(*) FROM extractions e JOIN incidents i ON i.id = e.incident
	GROUP BY i.country, i.type, i.date, e.doc_seq;
CREATE TRIGGER incident_documents_incident_insert AFTER INSERT ON incidents BEGIN
	INSERT INTO incident_documents (country, type, date, doc_seq, n)
		SELECT new.country, new.type, new.date, e.doc_seq, count(*) FROM extractions e WHERE e.incident = new.id GROUP BY e.doc_seq
		ON CONFLICT (country, type, date, doc_seq) DO UPDATE SET n = n + excluded.n;
END;
CREATE TRIGGER incident_documents_incident_delete AFTER DELETE ON incidents BEGIN
	UPDATE incident_documents SET n = n - (SELECT count(*) FROM extractions e WHERE e.incident = old.id AND e.doc_seq = incident_documents.doc_seq)
		WHERE country = old.country AND type = old.type AND date = old.date
		AND doc_seq IN (SELECT doc_seq FROM extractions WHERE incident = old.id);
	DELETE FROM incident_documents WHERE country = old.country AND type = old.type AND date = old.date AND n = 0;
END;
CREATE TRIGGER incident_documents_extraction_insert AFTER INSERT ON extractions BEGIN
	INSERT INTO incident_documents (country, type, date, doc_seq, n)
		SELECT i.country, i.type, i.date, new.doc_seq, 1 FROM incidents i WHERE i.id = new.incident
		ON CONFLICT (country, type, date, doc_seq) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER incident_documents_extraction_delete AFTER DELETE ON extractions BEGIN
	UPDATE incident_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (country, type, date) = (SELECT country, type, date FROM incidents WHERE id = old.incident);
	DELETE FROM incident_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (country, type, date) = (SELECT country, type, date FROM incidents WHERE id = old.incident);
END;
CREATE TRIGGER incident_documents_extraction_move AFTER UPDATE OF incident, doc_seq ON extractions
	WHEN new.incident IS NOT old.incident OR new.doc_seq IS NOT old.doc_seq BEGIN
	UPDATE incident_documents SET n = n - 1 WHERE doc_seq = old.doc_seq
		AND (country, type, date) = (SELECT country, type, date FROM incidents WHERE id = old.incident);
	DELETE FROM incident_documents WHERE doc_seq = old.doc_seq AND n = 0
		AND (country, type, date) = (SELECT country, type, date FROM incidents WHERE id = old.incident);
	INSERT INTO incident_documents (country, type, date, doc_seq, n)
		SELECT i.country, i.type, i.date, new.doc_seq, 1 FROM incidents i WHERE i.id = new.incident
		ON CONFLICT (country, type, date, doc_seq) DO UPDATE SET n = n + 1;
END;
