-- Counters that answer the totals of filtered lists and stats at a
-- million incidents without reading every match, as SQLite's 0013 (see
-- there): incidents by country, type and month; by actor key and month;
-- and the documents reporting incidents by the incident's country, type
-- and date.
CREATE TABLE incident_stats_cell (
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	month   TEXT COLLATE "C" NOT NULL,
	n       BIGINT NOT NULL,
	PRIMARY KEY (country, type, month)
);
INSERT INTO incident_stats_cell (country, type, month, n)
	SELECT country, type, substr(date, 1, 7), count(*) FROM incidents GROUP BY country, type, substr(date, 1, 7);
CREATE FUNCTION incident_stats_cell_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_stats_cell (country, type, month, n) VALUES (NEW.country, NEW.type, substr(NEW.date, 1, 7), 1)
			ON CONFLICT (country, type, month) DO UPDATE SET n = incident_stats_cell.n + 1;
	ELSE
		UPDATE incident_stats_cell SET n = n - 1 WHERE country = OLD.country AND type = OLD.type AND month = substr(OLD.date, 1, 7);
		DELETE FROM incident_stats_cell WHERE country = OLD.country AND type = OLD.type AND month = substr(OLD.date, 1, 7) AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_stats_cell_change AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_stats_cell_change();

-- Every run of whole words of an actor's name becomes a key of
-- incident_actor, and actor_keys goes (see SQLite's 0013).
DROP TRIGGER actor_keys_insert ON incident_actor;
DROP FUNCTION actor_keys_insert();
DROP TABLE actor_keys;
WITH RECURSIVE runs (key, date, id, rid, rest) AS (
	SELECT CASE WHEN strpos(key, ' ') > 0 THEN substr(key, 1, strpos(key, ' ') - 1) ELSE key END, date, id, rid,
		CASE WHEN strpos(key, ' ') > 0 THEN substr(key, strpos(key, ' ') + 1) ELSE '' END
	FROM incident_actor
	UNION ALL
	SELECT key || ' ' || CASE WHEN strpos(rest, ' ') > 0 THEN substr(rest, 1, strpos(rest, ' ') - 1) ELSE rest END, date, id, rid,
		CASE WHEN strpos(rest, ' ') > 0 THEN substr(rest, strpos(rest, ' ') + 1) ELSE '' END
	FROM runs WHERE rest <> ''
)
INSERT INTO incident_actor (key, date, id, rid) SELECT key, date, id, rid FROM runs ON CONFLICT DO NOTHING;

CREATE TABLE incident_actor_month (
	key   TEXT COLLATE "C" NOT NULL,
	month TEXT COLLATE "C" NOT NULL,
	n     BIGINT NOT NULL,
	PRIMARY KEY (key, month)
);
INSERT INTO incident_actor_month (key, month, n)
	SELECT key, substr(date, 1, 7), count(*) FROM incident_actor GROUP BY key, substr(date, 1, 7);
CREATE FUNCTION incident_actor_month_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_actor_month (key, month, n) VALUES (NEW.key, substr(NEW.date, 1, 7), 1)
			ON CONFLICT (key, month) DO UPDATE SET n = incident_actor_month.n + 1;
	ELSE
		UPDATE incident_actor_month SET n = n - 1 WHERE key = OLD.key AND month = substr(OLD.date, 1, 7);
		DELETE FROM incident_actor_month WHERE key = OLD.key AND month = substr(OLD.date, 1, 7) AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_actor_month_change AFTER INSERT OR DELETE ON incident_actor
	FOR EACH ROW EXECUTE FUNCTION incident_actor_month_change();

CREATE TABLE incident_documents (
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	date    TEXT COLLATE "C" NOT NULL,
	doc_seq BIGINT NOT NULL,
	n       BIGINT NOT NULL,
	PRIMARY KEY (country, type, date, doc_seq)
);
CREATE INDEX incident_documents_type ON incident_documents (type, date, doc_seq);
CREATE INDEX incident_documents_date ON incident_documents (date, doc_seq);
INSERT INTO incident_documents (country, type, date, doc_seq, n)
	SELECT i.country, i.type, i.date, e.doc_seq, count(*) FROM extractions e JOIN incidents i ON i.id = e.incident
	GROUP BY i.country, i.type, i.date, e.doc_seq;
-- n is how many extractions of the document report incidents of that
-- country, type and date: each side of the join adds and removes its
-- pairs with what the other side holds at that moment.
CREATE FUNCTION incident_documents_add(c TEXT, t TEXT, d TEXT, doc BIGINT, k BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO incident_documents (country, type, date, doc_seq, n) VALUES (c, t, d, doc, k)
		ON CONFLICT (country, type, date, doc_seq) DO UPDATE SET n = incident_documents.n + k;
	DELETE FROM incident_documents WHERE country = c AND type = t AND date = d AND doc_seq = doc AND n = 0;
END;
$$;
CREATE FUNCTION incident_documents_incident() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM incident_documents_add(NEW.country, NEW.type, NEW.date, e.doc_seq, count(*))
			FROM extractions e WHERE e.incident = NEW.id GROUP BY e.doc_seq;
	ELSE
		PERFORM incident_documents_add(OLD.country, OLD.type, OLD.date, e.doc_seq, -count(*))
			FROM extractions e WHERE e.incident = OLD.id GROUP BY e.doc_seq;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_documents_incident AFTER INSERT OR DELETE ON incidents
	FOR EACH ROW EXECUTE FUNCTION incident_documents_incident();
CREATE FUNCTION incident_documents_extraction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.incident IS NOT DISTINCT FROM NEW.incident AND OLD.doc_seq = NEW.doc_seq THEN
		RETURN NULL; -- as SQLite's WHEN: a row that stays put moves no count
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM incident_documents_add(i.country, i.type, i.date, OLD.doc_seq, -1) FROM incidents i WHERE i.id = OLD.incident;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM incident_documents_add(i.country, i.type, i.date, NEW.doc_seq, 1) FROM incidents i WHERE i.id = NEW.incident;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_documents_extraction AFTER INSERT OR DELETE OR UPDATE OF incident, doc_seq ON extractions
	FOR EACH ROW EXECUTE FUNCTION incident_documents_extraction();
