-- Each incident filed under the keys of its perpetrators' names
-- (sqlstore.ActorKey: lower-cased words; each name's key and its word
-- suffixes), with its date and id, so that --actor is one range of this
-- index, read newest first, and --actor with --since narrows that range
-- instead of testing every incident. Filled for stored incidents by a Go
-- step of this migration (sqlstore.backfillActorKeys).
CREATE TABLE incident_actor (
	key  TEXT NOT NULL,
	date TEXT NOT NULL,
	id   TEXT NOT NULL,
	rid  INTEGER NOT NULL REFERENCES incidents (rid) ON DELETE CASCADE,
	PRIMARY KEY (key, date, id)
) WITHOUT ROWID;
CREATE INDEX incident_actor_rid ON incident_actor (rid);
