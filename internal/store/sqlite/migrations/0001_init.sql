-- Documents: one row per distinct content hash (store.ContentHash).
CREATE TABLE documents (
	seq         INTEGER PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	hash        TEXT NOT NULL UNIQUE,
	date        TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	path        TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	ingested_at TEXT NOT NULL
);

-- Full text of the reporting articles for --text, kept in step by triggers.
-- External content: the text is stored once, in documents.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, content = 'documents', content_rowid = 'seq',
	tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

-- Extractions: each incident as one document reported it (merge.Member).
-- component is the smallest id of its connected group of possible
-- duplicates; incident is the merged incident it belongs to.
CREATE TABLE extractions (
	id        TEXT PRIMARY KEY,
	doc_seq   INTEGER NOT NULL REFERENCES documents (seq),
	idx       INTEGER NOT NULL,
	family    TEXT NOT NULL,
	country   TEXT NOT NULL,
	date      TEXT NOT NULL,
	mergeable INTEGER NOT NULL,
	component TEXT NOT NULL,
	incident  TEXT NOT NULL,
	record    TEXT NOT NULL
);
CREATE INDEX extractions_candidates ON extractions (family, country, date) WHERE mergeable = 1;
CREATE INDEX extractions_component ON extractions (component);
CREATE INDEX extractions_incident ON extractions (incident, doc_seq);
CREATE INDEX extractions_doc ON extractions (doc_seq);

-- Incidents: the columns the filters use, narrow so that a filter that must
-- scan rows reads few pages; the merged record (record.Merged as JSON) is in
-- incident_records. Pages are read newest first by (date, id).
CREATE TABLE incidents (
	rid          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	date         TEXT NOT NULL DEFAULT '',
	type         TEXT NOT NULL,
	country      TEXT NOT NULL DEFAULT '',
	country_name TEXT NOT NULL DEFAULT '',
	admin1       TEXT NOT NULL DEFAULT '',
	lat          REAL,
	lon          REAL,
	killed       INTEGER
);
CREATE INDEX incidents_date ON incidents (date, id);
CREATE INDEX incidents_country ON incidents (country, date, id);
CREATE INDEX incidents_country_type ON incidents (country, type, date, id);
CREATE INDEX incidents_type ON incidents (type, date, id);

CREATE TABLE incident_records (
	rid    INTEGER PRIMARY KEY REFERENCES incidents (rid) ON DELETE CASCADE,
	record TEXT NOT NULL
);

-- Perpetrator names, lower-cased, each stored once, and the incidents that
-- name them: --actor matches a substring against the few thousand distinct
-- names, not against every incident.
CREATE TABLE actors (
	id   INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);
CREATE TABLE incident_actors (
	actor INTEGER NOT NULL REFERENCES actors (id),
	rid   INTEGER NOT NULL REFERENCES incidents (rid) ON DELETE CASCADE,
	PRIMARY KEY (actor, rid)
) WITHOUT ROWID;
CREATE INDEX incident_actors_rid ON incident_actors (rid);

-- Located incidents in an R-tree, for --near.
CREATE VIRTUAL TABLE incidents_geo USING rtree (rid, minlat, maxlat, minlon, maxlon);
CREATE TRIGGER incidents_geo_insert AFTER INSERT ON incidents WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
	INSERT INTO incidents_geo VALUES (new.rid, new.lat, new.lat, new.lon, new.lon);
END;
CREATE TRIGGER incidents_geo_delete AFTER DELETE ON incidents BEGIN
	DELETE FROM incidents_geo WHERE rid = old.rid;
END;
