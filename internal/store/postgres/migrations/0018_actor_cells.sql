-- Stats of an --actor search at a million incidents, as SQLite's 0018
-- (see there): each entry of incident_actor carries its incident's
-- country and type, and the documents reporting incidents are kept by
-- actor key, date, country and type, so that an --actor search with
-- countries, types and dates reads the key's range alone.
ALTER TABLE incident_actor ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_actor ADD COLUMN type TEXT NOT NULL DEFAULT '';
UPDATE incident_actor a SET country = i.country, type = i.type FROM incidents i WHERE i.rid = a.rid;
-- An actor with a country (and a type) groups its stats, and counts its
-- total with a type, from the key's entries of that country alone.
CREATE INDEX incident_actor_country ON incident_actor (key, country, type, date);

CREATE TABLE incident_actor_documents (
	key     TEXT COLLATE "C" NOT NULL,
	date    TEXT COLLATE "C" NOT NULL,
	doc_seq BIGINT NOT NULL,
	country TEXT NOT NULL,
	type    TEXT NOT NULL,
	n       BIGINT NOT NULL,
	PRIMARY KEY (key, date, doc_seq, country, type)
);
INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n)
	SELECT a.key, a.date, e.doc_seq, a.country, a.type, count(*) FROM incident_actor a JOIN extractions e ON e.incident = a.id
	GROUP BY a.key, a.date, e.doc_seq, a.country, a.type;
-- Each side of the join adds and removes its pairs with what the other
-- side holds at that moment, as incident_documents_add of 0013.
CREATE FUNCTION incident_actor_documents_add(k TEXT, d TEXT, doc BIGINT, c TEXT, t TEXT, m BIGINT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO incident_actor_documents (key, date, doc_seq, country, type, n) VALUES (k, d, doc, c, t, m)
		ON CONFLICT (key, date, doc_seq, country, type) DO UPDATE SET n = incident_actor_documents.n + m;
	IF m < 0 THEN
		DELETE FROM incident_actor_documents WHERE key = k AND date = d AND doc_seq = doc AND country = c AND type = t AND n = 0;
	END IF;
END;
$$;
CREATE FUNCTION incident_actor_documents_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM incident_actor_documents_add(NEW.key, NEW.date, e.doc_seq, NEW.country, NEW.type, count(*))
			FROM extractions e WHERE e.incident = NEW.id GROUP BY e.doc_seq;
	ELSE
		PERFORM incident_actor_documents_add(OLD.key, OLD.date, e.doc_seq, OLD.country, OLD.type, -count(*))
			FROM extractions e WHERE e.incident = OLD.id GROUP BY e.doc_seq;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_actor_documents_actor AFTER INSERT OR DELETE ON incident_actor
	FOR EACH ROW EXECUTE FUNCTION incident_actor_documents_actor();
CREATE FUNCTION incident_actor_documents_extraction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND OLD.incident IS NOT DISTINCT FROM NEW.incident AND OLD.doc_seq = NEW.doc_seq THEN
		RETURN NULL; -- as SQLite's WHEN: a row that stays put moves no count
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM incident_actor_documents_add(a.key, a.date, OLD.doc_seq, a.country, a.type, -1)
			FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = OLD.incident;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM incident_actor_documents_add(a.key, a.date, NEW.doc_seq, a.country, a.type, 1)
			FROM incidents i JOIN incident_actor a ON a.rid = i.rid WHERE i.id = NEW.incident;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_actor_documents_extraction AFTER INSERT OR DELETE OR UPDATE OF incident, doc_seq ON extractions
	FOR EACH ROW EXECUTE FUNCTION incident_actor_documents_extraction();

-- Incidents by actor key, type and month, and by actor key, country and
-- month, with their days (see SQLite's 0018).
CREATE TABLE incident_actor_type_month (
	key   TEXT COLLATE "C" NOT NULL,
	type  TEXT NOT NULL,
	month TEXT COLLATE "C" NOT NULL,
	n     BIGINT NOT NULL,
	days  TEXT NOT NULL,
	PRIMARY KEY (key, type, month)
);
CREATE TABLE incident_actor_country_month (
	key     TEXT COLLATE "C" NOT NULL,
	country TEXT NOT NULL,
	month   TEXT COLLATE "C" NOT NULL,
	n       BIGINT NOT NULL,
	days    TEXT NOT NULL,
	PRIMARY KEY (key, country, month)
);
INSERT INTO incident_actor_type_month (key, type, month, n, days)
	SELECT key, type, month, sum(n), jsonb_object_agg(rest, n)::TEXT FROM (
		SELECT key, type, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
		FROM incident_actor GROUP BY key, type, date) d
	GROUP BY key, type, month;
INSERT INTO incident_actor_country_month (key, country, month, n, days)
	SELECT key, country, month, sum(n), jsonb_object_agg(rest, n)::TEXT FROM (
		SELECT key, country, substr(date, 1, 7) AS month, substr(date, 8) AS rest, count(*) AS n
		FROM incident_actor GROUP BY key, country, date) d
	GROUP BY key, country, month;
CREATE FUNCTION incident_actor_cells_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO incident_actor_type_month (key, type, month, n, days)
			VALUES (NEW.key, NEW.type, substr(NEW.date, 1, 7), 1, jsonb_build_object(substr(NEW.date, 8), 1)::TEXT)
			ON CONFLICT (key, type, month) DO UPDATE SET n = incident_actor_type_month.n + 1,
				days = day_count_add(incident_actor_type_month.days, substr(NEW.date, 8), 1);
		INSERT INTO incident_actor_country_month (key, country, month, n, days)
			VALUES (NEW.key, NEW.country, substr(NEW.date, 1, 7), 1, jsonb_build_object(substr(NEW.date, 8), 1)::TEXT)
			ON CONFLICT (key, country, month) DO UPDATE SET n = incident_actor_country_month.n + 1,
				days = day_count_add(incident_actor_country_month.days, substr(NEW.date, 8), 1);
	ELSE
		UPDATE incident_actor_type_month SET n = n - 1, days = day_count_add(days, substr(OLD.date, 8), -1)
			WHERE key = OLD.key AND type = OLD.type AND month = substr(OLD.date, 1, 7);
		DELETE FROM incident_actor_type_month WHERE key = OLD.key AND type = OLD.type AND month = substr(OLD.date, 1, 7) AND n = 0;
		UPDATE incident_actor_country_month SET n = n - 1, days = day_count_add(days, substr(OLD.date, 8), -1)
			WHERE key = OLD.key AND country = OLD.country AND month = substr(OLD.date, 1, 7);
		DELETE FROM incident_actor_country_month WHERE key = OLD.key AND country = OLD.country AND month = substr(OLD.date, 1, 7) AND n = 0;
	END IF;
	RETURN NULL;
END;
$$;
CREATE TRIGGER incident_actor_cells_change AFTER INSERT OR DELETE ON incident_actor
	FOR EACH ROW EXECUTE FUNCTION incident_actor_cells_change();
