-- Curation. Every analyst action is a row of reviews: the incident
-- history's entry and the decision at once. review_sources anchors it to
-- the reports of the incident it was taken on, by document id and the
-- extraction's index in the document: incident ids change when incidents
-- are merged anew and extraction ids when a document is revised, these
-- do not. A split names the report it took out the same way
-- (source_doc, source_idx).
CREATE TABLE reviews (
	id     INTEGER PRIMARY KEY,
	action TEXT NOT NULL,
	field  TEXT NOT NULL DEFAULT '',
	before TEXT NOT NULL DEFAULT '',
	after  TEXT NOT NULL DEFAULT '',
	source_doc TEXT NOT NULL DEFAULT '',
	source_idx INTEGER NOT NULL DEFAULT 0,
	why    TEXT NOT NULL DEFAULT '',
	author TEXT NOT NULL,
	at     TEXT NOT NULL
);
CREATE TABLE review_sources (
	doc    TEXT NOT NULL,
	idx    INTEGER NOT NULL,
	review INTEGER NOT NULL REFERENCES reviews (id),
	PRIMARY KEY (doc, idx, review)
) WITHOUT ROWID;
CREATE INDEX review_sources_review ON review_sources (review);

-- Rejected incidents leave incidents, and so every list, map, export and
-- kept count, for this table; only ?status=rejected|all reads it.
-- Extractions still name them as their incident.
CREATE TABLE rejected_incidents (
	id     TEXT PRIMARY KEY,
	date   TEXT NOT NULL DEFAULT '',
	record TEXT NOT NULL
);
