-- Documents: one row per distinct content hash (store.ContentHash). tsv
-- serves --text; a tsvector holds at most 1 MB, so only the first 200,000
-- characters of a very long article are searchable.
CREATE TABLE documents (
	seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id          TEXT NOT NULL UNIQUE,
	hash        TEXT NOT NULL UNIQUE,
	date        TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	lang        TEXT NOT NULL DEFAULT '',
	path        TEXT NOT NULL DEFAULT '',
	text        TEXT NOT NULL,
	ingested_at TEXT NOT NULL,
	tsv         tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || left(text, 200000))) STORED
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

-- Extractions: each incident as one document reported it (merge.Member).
-- component is the smallest id of its connected group of possible
-- duplicates; incident is the merged incident it belongs to.
CREATE TABLE extractions (
	id        TEXT PRIMARY KEY,
	doc_seq   BIGINT NOT NULL REFERENCES documents (seq),
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
-- incident_records. Pages are read newest first by (date, id). Text compares
-- bytewise (COLLATE "C") so that order and cursors match SQLite's.
CREATE TABLE incidents (
	rid          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           TEXT COLLATE "C" NOT NULL UNIQUE,
	date         TEXT COLLATE "C" NOT NULL DEFAULT '',
	type         TEXT NOT NULL,
	country      TEXT NOT NULL DEFAULT '',
	country_name TEXT NOT NULL DEFAULT '',
	admin1       TEXT NOT NULL DEFAULT '',
	lat          DOUBLE PRECISION,
	lon          DOUBLE PRECISION,
	killed       INTEGER
);
CREATE INDEX incidents_date ON incidents (date, id);
CREATE INDEX incidents_country ON incidents (country, date, id);
CREATE INDEX incidents_country_type ON incidents (country, type, date, id);
CREATE INDEX incidents_type ON incidents (type, date, id);

CREATE TABLE incident_records (
	rid    BIGINT PRIMARY KEY REFERENCES incidents (rid) ON DELETE CASCADE,
	record TEXT NOT NULL
);

-- Perpetrator names, lower-cased, each stored once, and the incidents that
-- name them: --actor matches a substring against the few thousand distinct
-- names, not against every incident.
CREATE TABLE actors (
	id   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name TEXT NOT NULL UNIQUE
);
CREATE TABLE incident_actors (
	actor BIGINT NOT NULL REFERENCES actors (id),
	rid   BIGINT NOT NULL REFERENCES incidents (rid) ON DELETE CASCADE,
	PRIMARY KEY (actor, rid)
);
CREATE INDEX incident_actors_rid ON incident_actors (rid);
-- Located incidents for --near: a GiST index on the point.
CREATE INDEX incidents_geo ON incidents USING gist (point(lon, lat));
